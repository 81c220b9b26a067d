#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace sa {

// Brings a database schema up to date from numbered migration files, NNN_name.sql in one
// folder (compiled in as resources). Applied versions are recorded in a schema_version
// table; all pending migrations run in ONE transaction, so a failed upgrade leaves the
// file as it was. The catalogue and the workspace each have their own folder. Works on
// SQLite and on PostgreSQL (QPSQL), where concurrent upgrades wait on an advisory lock.
class MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    // Reads the folder's file list; a gap or duplicate in the numbering is reported by
    // problem() (a build mistake, caught by the tests). With a dialect ("postgresql"),
    // a file of the same name in the subfolder dir/dialect replaces the shared one:
    // that is where SQL the two databases spell differently lives.
    explicit MigrationRunner(const QString &dir, const QString &dialect = QString());

    const std::vector<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const;
    QString problem() const { return m_problem; }

    // Version of the schema in db: 0 for a database with no tables at all. An error when
    // tables exist but schema_version does not (not one of ours).
    static Expected<int> currentVersion(const QSqlDatabase &db);

    // Applies every migration above the current version up to target (latest when -1).
    // Fails, changing nothing, when the database is newer than target.
    Status migrate(const QSqlDatabase &db, int target = -1) const;

private:
    Status apply(const QSqlDatabase &db, const Migration &migration) const;

    std::vector<Migration> m_migrations;
    QString m_problem;
};

} // namespace sa
