#include "migrationrunner.h"

#include "sqlscript.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sa {

MigrationRunner::MigrationRunner(const QString &dir)
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
        m_migrations.push_back(Migration{m.captured(1).toInt(), m.captured(2), dir + u'/' + name});
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
        db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(name = 'schema_version'), 0) FROM sqlite_schema"
            " WHERE type = 'table'"));
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
    const Expected<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > target)
        return Error::io(u"the database schema is version " + QString::number(*current)
                         + u", newer than version " + QString::number(target));
    if (*current == target)
        return success();
    if (*current == 0) {
        QSqlQuery create = preparedQuery(
            db,
            QStringLiteral(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL)"));
        if (Status s = execute(create, QStringLiteral("cannot create schema_version")); !s)
            return s;
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
