#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace sa {

// Save As for a workspace: a consistent copy of the open database through SQLite's
// backup API (on the sqlite3 handle behind Qt's QSQLITE connection, the same system
// library), written beside the target and renamed over it, so that the target is either
// the old file or the whole copy. The open workspace stays open and editable.
Status copyWorkspace(const QSqlDatabase &source, const QString &sourcePath, const QString &target);

} // namespace sa
