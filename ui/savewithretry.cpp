#include "savewithretry.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::SaveWithRetry", text);
}

} // namespace

bool saveWithRetry(QWidget *dialog, const QString &name, const std::function<Status()> &submit)
{
    for (;;) {
        const Status status = submit();
        if (status)
            return true;
        const QString title = tr("Could not save “%1”").arg(name);
        if (status.error().kind != Error::Kind::Io) {
            QMessageBox::warning(dialog, title, status.error().message);
            return false;
        }
        QMessageBox ask(QMessageBox::Warning,
                        title,
                        tr("The catalogue could not be written. Your edit is kept: Retry when "
                           "the catalogue is reachable again, or Cancel to go on editing."),
                        QMessageBox::Retry | QMessageBox::Cancel,
                        dialog);
        ask.setObjectName(QStringLiteral("saveRetryBox"));
        ask.setInformativeText(status.error().message);
        ask.setDefaultButton(QMessageBox::Retry);
        if (ask.exec() != QMessageBox::Retry)
            return false;
    }
}

} // namespace sa
