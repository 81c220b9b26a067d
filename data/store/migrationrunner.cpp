#include "migrationrunner.h"

#include "sqlscript.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sa {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

// Tables in the database (the current schema on PostgreSQL), and whether schema_version
// is one of them.
const char sqliteTablesSql[]
    = "SELECT count(*), coalesce(sum(name = 'schema_version'), 0) FROM sqlite_schema"
      " WHERE type = 'table'";
const char postgresTablesSql[]
    = "SELECT count(*), coalesce(sum(CASE WHEN table_name = 'schema_version' THEN 1 ELSE 0 END),"
      " 0) FROM information_schema.tables WHERE table_schema = current_schema()"
      " AND table_type = 'BASE TABLE'";

} // namespace

MigrationRunner::MigrationRunner(const QString &dir, const QString &dialect)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{3})_([a-z0-9_]+)\.sql$)"));
    const QStringList names
        = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = fileName.match(name);
        if (!m.hasMatch()) {
            m_problem = u"migration file name '" + name + u"' is not NNN_name.sql";
            continue;
        }
        const QString own = dir + u'/' + dialect + u'/' + name;
        const bool hasOwn = !dialect.isEmpty() && QFileInfo::exists(own);
        m_migrations.push_back(
            Migration{m.captured(1).toInt(), m.captured(2), hasOwn ? own : dir + u'/' + name});
    }
    for (size_t i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != int(i) + 1)
            m_problem = u"migrations in " + dir + u" are not numbered 001, 002, ... without gaps";
    }
    if (m_migrations.empty())
        m_problem = u"no migrations in " + dir;
}

int MigrationRunner::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Expected<int> MigrationRunner::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery tables = preparedQuery(
        db, QString::fromLatin1(isPostgres(db) ? postgresTablesSql : sqliteTablesSql));
    if (!tables.exec() || !tables.next())
        return databaseError(tables, QStringLiteral("cannot read the database schema"));
    if (tables.value(0).toInt() == 0)
        return 0;
    if (tables.value(1).toInt() == 0)
        return Error::badInput(QStringLiteral("the database has no schema_version table"));
    QSqlQuery version
        = preparedQuery(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version.exec() || !version.next())
        return databaseError(version, QStringLiteral("cannot read the schema version"));
    return version.value(0).toInt();
}

Status MigrationRunner::migrate(const QSqlDatabase &db, int target) const
{
    if (!m_problem.isEmpty())
        return Error::io(m_problem);
    if (target < 0)
        target = latestVersion();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (isPostgres(db)) {
        // Two clients opening a new server catalogue at once: the second waits here and
        // then finds the schema up to date.
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1396794228)")))
            return databaseError(lock, QStringLiteral("cannot lock the schema for an upgrade"));
    }
    const Expected<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > target)
        return Error::io(u"the database schema is version " + QString::number(*current)
                         + u", newer than version " + QString::number(target));
    if (*current == target)
        return success();
    if (*current == 0) {
        // Constant DDL, run unprepared: PostgreSQL cannot PREPARE a CREATE TABLE.
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL)")))
            return databaseError(create, QStringLiteral("cannot create schema_version"));
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= *current || m.version > target)
            continue;
        if (Status s = apply(db, m); !s)
            return s;
    }
    return tx.commit();
}

Status MigrationRunner::apply(const QSqlDatabase &db, const Migration &migration) const
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(u"cannot read " + migration.path + u": " + file.errorString());
    const QString script = QString::fromUtf8(file.readAll());
    for (const QString &statement : splitSqlScript(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return databaseError(q,
                                 u"migration " + QFileInfo(migration.path).fileName() + u" failed");
    }
    QSqlQuery record = preparedQuery(db,
                                     QStringLiteral("INSERT INTO schema_version (version, name, "
                                                    "applied_at) VALUES (:version, :name, :at)"));
    record.bindValue(QStringLiteral(":version"), migration.version);
    record.bindValue(QStringLiteral(":name"), migration.name);
    record.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return execute(record, QStringLiteral("cannot record the schema version"));
}

} // namespace sa
