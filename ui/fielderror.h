#pragma once

class QLabel;
class QString;

namespace sa {

// Shows or clears the message under a form field. In a QFormLayout the whole row goes
// away when there is nothing to say, so the form does not keep empty gaps.
void showFieldError(QLabel *label, const QString &text);

} // namespace sa
