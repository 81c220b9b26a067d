#pragma once

class QDialog;
class QLineEdit;
class QPushButton;
class QString;
class QVBoxLayout;

namespace sa {

// The frame of the application's small dialogs, as the capability manager has it: a
// headline, a one-line intro, the dialog's own content (body), then OK and Cancel wired
// to accept() and reject().
struct DialogFrame
{
    QVBoxLayout *body;
    QPushButton *ok;
};
DialogFrame createDialogFrame(QDialog *dialog, const QString &headline, const QString &intro);

// A search box with the search icon, a clear button and a placeholder.
QLineEdit *createSearchBox(const QString &objectName, const QString &placeholder);

} // namespace sa
