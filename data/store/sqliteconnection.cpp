#include "sqliteconnection.h"

#include "sqlitestatement.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <map>

namespace sa {

namespace {

// Names of the connections the current thread opened; removes them when the thread
// ends so that a worker thread's connections do not outlive it.
struct ThreadConnections
{
    QStringList names;
    // Per connection name: the kept statements by the address of their SQL.
    std::map<QString, std::map<const char *, SqliteStatement>> statements;
    std::map<QString, quint64> openings;

    void close(const QString &name)
    {
        statements.erase(name); // finalized first: SQLite cannot close a connection with
                                // statements alive
        openings.erase(name);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            close(name);
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

bool configure(QSqlDatabase &db)
{
    // PRAGMA takes no bound values; these are constant statements. A statement waits up
    // to 5 s for another connection's lock before it fails.
    static const char16_t *const required[] = {
        u"PRAGMA foreign_keys = ON",
        u"PRAGMA busy_timeout = 5000",
    };
    for (const char16_t *pragma : required) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf16(pragma)))
            return false;
    }
    // Tuning only; these read the schema, so they fail on a file that is not a database,
    // which the caller finds out by itself.
    static const char16_t *const tuning[] = {
        u"PRAGMA cache_size = -16000",
        u"PRAGMA temp_store = MEMORY",
    };
    for (const char16_t *pragma : tuning) {
        QSqlQuery q(db);
        q.exec(QString::fromUtf16(pragma));
    }
    return true;
}

} // namespace

QString SqliteConnection::connectionName(const QString &path)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return u"stackatlas-sqlite:" + QString::number(thread, 16) + u':'
           + QFileInfo(path).absoluteFilePath();
}

QSqlDatabase SqliteConnection::database(const QString &path)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        threadConnections().names << name;
    }
    ThreadConnections &connections = threadConnections();
    connections.statements.erase(name); // of the connection that closed
    static std::atomic<quint64> lastOpening = 0;
    connections.openings[name] = ++lastOpening;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.open() && !configure(db))
        db.close();
    return db;
}

void SqliteConnection::close(const QString &path)
{
    const QString name = connectionName(path);
    if (!QSqlDatabase::contains(name))
        return;
    ThreadConnections &connections = threadConnections();
    connections.close(name);
    connections.names.removeAll(name);
}

quint64 SqliteConnection::openingOf(const QSqlDatabase &db)
{
    const ThreadConnections &connections = threadConnections();
    const auto found = connections.openings.find(db.connectionName());
    return found == connections.openings.end() ? 0 : found->second;
}

SqliteStatement &SqliteConnection::statement(const QSqlDatabase &db, const char *sql)
{
    SqliteStatement &kept = threadConnections().statements[db.connectionName()][sql];
    if (!kept.isPrepared())
        kept = SqliteStatement(db, sql);
    return kept;
}

} // namespace sa
