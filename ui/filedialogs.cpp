#include "filedialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace sa {

namespace FileDialogs {

namespace {

QStringList &answers()
{
    static QStringList queued;
    return queued;
}

} // namespace

QString
openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString saveFile(QWidget *parent,
                 const QString &title,
                 const QString &suggestedPath,
                 const QString &filter,
                 QString *selectedFilter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter, selectedFilter);
}

QString saveSpreadsheet(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    const QString csv = QCoreApplication::translate("sa::FileDialogs", "CSV (*.csv)");
    const QString xlsx = QCoreApplication::translate("sa::FileDialogs", "Excel workbook (*.xlsx)");
    QString filter = csv;
    QString path = saveFile(parent, title, suggestedPath, csv + u";;" + xlsx, &filter);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx")
        path += filter == xlsx ? u".xlsx" : u".csv";
    return path;
}

void setNextAnswers(const QStringList &paths)
{
    answers() = paths;
}

int pendingAnswers()
{
    return int(answers().size());
}

QString workspaceFilter()
{
    return QCoreApplication::translate("sa::FileDialogs", "StackAtlas workspaces (*.stackatlas)");
}

QString withWorkspaceSuffix(const QString &path)
{
    if (path.isEmpty() || QFileInfo(path).suffix().compare(u"stackatlas", Qt::CaseInsensitive) == 0)
        return path;
    return path + u".stackatlas";
}

} // namespace FileDialogs

} // namespace sa
