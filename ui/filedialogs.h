#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sa {

// The application's file pickers (QFileDialog), behind one door so that GUI tests can
// answer them: setNextAnswers() queues paths that the next calls return instead of
// showing a dialog (an empty string answers Cancel).
namespace FileDialogs {

QString
openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter);
// selectedFilter: in, the filter to preselect; out, the one the user picked.
QString saveFile(QWidget *parent,
                 const QString &title,
                 const QString &suggestedPath,
                 const QString &filter,
                 QString *selectedFilter = nullptr);

// Save as CSV or XLSX: the chosen path, with the suffix of the chosen filter added when it
// has neither; empty when cancelled.
QString saveSpreadsheet(QWidget *parent, const QString &title, const QString &suggestedPath);

void setNextAnswers(const QStringList &paths);
int pendingAnswers();

// "StackAtlas workspaces (*.stackatlas)".
QString workspaceFilter();
// path with ".stackatlas" added when it has no suffix of that name.
QString withWorkspaceSuffix(const QString &path);

} // namespace FileDialogs

} // namespace sa
