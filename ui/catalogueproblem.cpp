#include "catalogueproblem.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace sa {

bool askToRebuildCatalogue(const QString &path, const QString &message)
{
    QMessageBox box(QMessageBox::Warning,
                    QMessageBox::tr("StackAtlas"),
                    QMessageBox::tr("The product catalogue cannot be opened."));
    box.setObjectName(QStringLiteral("catalogueProblem"));
    box.setInformativeText(
        QMessageBox::tr("%1\n\nStackAtlas can set this file aside and build a fresh catalogue "
                        "from the data it ships with. Products and capabilities you added or "
                        "edited in it will not be in the new one; the old file is kept next to "
                        "it.\n\n%2")
            .arg(message, QDir::toNativeSeparators(path)));
    QPushButton *rebuild
        = box.addButton(QMessageBox::tr("Rebuild from shipped data"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(rebuild);
    box.exec();
    return box.clickedButton() == rebuild;
}

void showCatalogueFailure(const QString &path, const QString &message)
{
    QMessageBox::critical(nullptr,
                          QMessageBox::tr("StackAtlas"),
                          QMessageBox::tr("The product catalogue at %1 cannot be opened.\n\n%2")
                              .arg(QDir::toNativeSeparators(path), message));
}

} // namespace sa
