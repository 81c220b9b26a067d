#include "workspacefile.h"

#include "catalogueschema.h"
#include "migrationrunner.h"
#include "sqliteconnection.h"
#include "sqlitefilecheck.h"
#include "sqlsupport.h"
#include "workspacelock.h"
#include "workspaceschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace sa {

namespace {

OpenedWorkspace failure(WorkspaceProblem problem, QString message)
{
    OpenedWorkspace result;
    result.problem = problem;
    result.message = std::move(message);
    return result;
}

QString notWorkspace(const QString &path, const QString &why)
{
    return path + u" is not a StackAtlas workspace or is damaged (" + why + u").";
}

// Refuses a file that is not a workspace at a version this build reads. Returns the
// schema version, or -1 with *problem set. Reads only.
int checkExisting(const QSqlDatabase &db,
                  const QString &path,
                  const MigrationRunner &runner,
                  OpenedWorkspace *problem)
{
    using Outcome = SqliteFileCheck::Outcome;
    const SqliteFileCheck check
        = SqliteFileCheck::run(db, WorkspaceSchema::applicationId, CatalogueSchema::applicationId);
    QString message;
    switch (check.outcome) {
    case Outcome::Ours:
        break;
    case Outcome::Empty:
        message = notWorkspace(path, QStringLiteral("it is empty"));
        break;
    case Outcome::NotDatabase:
        message = notWorkspace(path, check.detail);
        break;
    case Outcome::Damaged:
        message = notWorkspace(path, u"integrity check: " + check.detail);
        break;
    case Outcome::OtherStackAtlas:
        message = path + u" is a StackAtlas catalogue, not a workspace.";
        break;
    case Outcome::Foreign:
        message
            = notWorkspace(path, QStringLiteral("it is an SQLite database of another application"));
        break;
    case Outcome::NoSchemaVersion:
        message = notWorkspace(path, QStringLiteral("it has no schema_version table"));
        break;
    }
    if (!message.isEmpty()) {
        *problem = failure(WorkspaceProblem::NotWorkspace, message);
        return -1;
    }
    if (check.version > runner.latestVersion()) {
        *problem = failure(
            WorkspaceProblem::TooNew,
            path + u" was written by a newer version of StackAtlas (workspace schema "
                + QString::number(check.version) + u"; this version reads up to "
                + QString::number(runner.latestVersion()) + u"). Update StackAtlas to open it.");
        return -1;
    }
    return check.version;
}

// A workspace is written with a rollback journal, never WAL: after every commit the
// database file alone is the whole workspace, ready to copy or mail.
void useRollbackJournal(const QSqlDatabase &db)
{
    QSqlQuery journal = preparedQuery(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    journal.exec();
    journal.finish();
}

bool isEmpty(const WorkspaceImport &import)
{
    return import.tools.empty() && import.integrations.empty() && import.products.empty()
           && import.capabilities.empty() && import.requirements.empty();
}

// Builds a complete workspace in a file nobody else knows about yet.
Status build(const QString &file, const WorkspaceInfo &info, const WorkspaceImport &initial)
{
    {
        QSqlDatabase db = SqliteConnection::database(file);
        if (!db.isOpen())
            return databaseError(db.lastError(), QStringLiteral("cannot create the file"));
        useRollbackJournal(db);
        if (Status s = MigrationRunner(WorkspaceSchema::migrationsFolder()).migrate(db); !s)
            return s;
    }
    SqliteWorkspaceStore builder(file);
    WorkspaceInfo details = info;
    if (!details.created.isValid())
        details.created = QDateTime::currentDateTimeUtc();
    if (details.currency.isEmpty())
        details.currency = QStringLiteral("USD");
    if (Status s = builder.setInfo(details); !s)
        return s;
    if (!isEmpty(initial)) {
        if (Expected<WorkspaceImportResult> r = builder.applyImport(initial); !r)
            return r.error();
    }
    return success();
}

} // namespace

Error OpenedWorkspace::error() const
{
    if (problem == WorkspaceProblem::Exists || problem == WorkspaceProblem::BadInput)
        return Error::badInput(message);
    return Error::io(message);
}

QString workspaceSuffix()
{
    return QStringLiteral("stackatlas");
}

OpenedWorkspace openWorkspace(const QString &path, const WorkspaceOpenOptions &options)
{
    const QFileInfo info(path);
    const QString cannotOpen = u"cannot open the workspace " + path + u": ";
    if (info.isDir())
        return failure(WorkspaceProblem::Io, cannotOpen + u"it is a folder");
    if (!info.exists())
        return failure(WorkspaceProblem::Io, cannotOpen + u"there is no such file");
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return failure(WorkspaceProblem::Io, cannotOpen + file.errorString());
    }
    OpenedWorkspace result;
    WorkspaceLock::Attempt lock;
    if (options.lock) {
        lock = WorkspaceLock::take(path);
        if (lock.heldBy && !options.openAnyway)
            return failure(WorkspaceProblem::InUse,
                           WorkspaceLock::inUseMessage(path, *lock.heldBy));
        if (!lock.error.isEmpty())
            result.warnings << lock.error
                                   + u"; other StackAtlas windows will not see that this one has "
                                     u"the workspace open";
    }

    SqliteConnection::close(path);
    QSqlDatabase db = SqliteConnection::database(path);
    auto giveUp = [&](OpenedWorkspace refused) {
        db = QSqlDatabase();
        SqliteConnection::close(path);
        return refused; // the lock, if taken, goes with `lock`
    };
    if (!db.isOpen())
        return giveUp(failure(WorkspaceProblem::Io, cannotOpen + db.lastError().text()));
    const MigrationRunner runner(WorkspaceSchema::migrationsFolder());
    const int version = checkExisting(db, path, runner, &result);
    if (version < 0)
        return giveUp(std::move(result));
    useRollbackJournal(db);
    if (version < runner.latestVersion()) {
        if (Status s = runner.migrate(db); !s)
            return giveUp(
                failure(WorkspaceProblem::Io,
                        u"cannot upgrade the workspace " + path + u": " + s.error().message));
        result.migratedFrom = version;
    }
    db = QSqlDatabase();
    result.store = std::make_unique<SqliteWorkspaceStore>(path, std::move(lock.lock));
    return result;
}

OpenedWorkspace
createWorkspace(const QString &path, const WorkspaceInfo &info, const WorkspaceImport &initial)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return failure(WorkspaceProblem::Exists,
                       path + u" already exists; choose another name or remove it first.");
    if (!QDir().mkpath(target.absolutePath()))
        return failure(WorkspaceProblem::Io, u"cannot create the folder " + target.absolutePath());

    const QString partial
        = path + u".creating-" + QString::number(QCoreApplication::applicationPid());
    const auto discard = [&partial] {
        SqliteConnection::close(partial);
        QFile::remove(partial);
        QFile::remove(partial + u"-journal");
    };
    discard();
    if (Status s = build(partial, info, initial); !s) {
        discard();
        return failure(s.error().kind == Error::Kind::BadInput ? WorkspaceProblem::BadInput
                                                               : WorkspaceProblem::Io,
                       u"cannot create the workspace " + path + u": " + s.error().message);
    }
    SqliteConnection::close(partial);
    if (!QFile::rename(partial, path)) {
        discard();
        return QFileInfo::exists(path)
                   ? failure(WorkspaceProblem::Exists,
                             path + u" already exists; choose another name or remove it first.")
                   : failure(WorkspaceProblem::Io,
                             u"cannot create the workspace " + path + u": cannot write the file");
    }
    return openWorkspace(path);
}

} // namespace sa
