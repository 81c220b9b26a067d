#include "workspacebackup.h"

#include "workspacelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>

#include <cstdio>
#include <sqlite3.h>

namespace sa {

namespace {

// The sqlite3 connection behind a QSQLITE database, or nullptr.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteMessage(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

// Copies every page of source into a new database file at path.
Status backup(sqlite3 *source, const QString &path)
{
    sqlite3 *target = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(
        name.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = sqliteMessage(target, rc);
        sqlite3_close(target);
        return Error::io(u"cannot create " + path + u": " + why);
    }
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    if (!copy) {
        const QString why = sqliteMessage(target, SQLITE_ERROR);
        sqlite3_close(target);
        return Error::io(u"cannot copy the workspace to " + path + u": " + why);
    }
    // Another process may hold a write lock for a moment; step waits for it a little.
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(copy);
    const QString why = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    if (!why.isEmpty())
        return Error::io(u"cannot copy the workspace to " + path + u": " + why);
    return success();
}

} // namespace

Status copyWorkspace(const QSqlDatabase &source, const QString &sourcePath, const QString &target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return Error::badInput(target + u" is the open workspace itself");
    if (targetInfo.isDir())
        return Error::io(u"cannot save to " + target + u": it is a folder");
    sqlite3 *handle = nativeHandle(source);
    if (!handle)
        return Error::io(QStringLiteral("cannot copy the workspace: not an SQLite connection"));

    // Never replace a workspace another window has open.
    WorkspaceLock::Attempt lock = WorkspaceLock::take(target);
    if (lock.heldBy)
        return Error::io(WorkspaceLock::inUseMessage(target, *lock.heldBy));
    if (!lock.error.isEmpty())
        return Error::io(u"cannot save to " + target + u": " + lock.error);

    const QString partial
        = target + u".saving-" + QString::number(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (Status s = backup(handle, partial); !s) {
        QFile::remove(partial);
        return s;
    }
    // rename(2) replaces the target in one step; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(partial);
        return Error::io(u"cannot save to " + target + u": cannot replace the file");
    }
    return success();
}

} // namespace sa
