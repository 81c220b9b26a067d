#pragma once

class QLayout;
class QString;
class QWidget;

namespace sa {

// The header of an analysis view: its title and a one-line hint on the left, extra
// (a legend, buttons) on the right; objectName for the style sheet and tests.
QWidget *createAnalysisHeader(const QString &objectName,
                              const QString &title,
                              const QString &hint,
                              QLayout *extra = nullptr);

} // namespace sa
