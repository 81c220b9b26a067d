#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sa {

// What an existing SQLite file turned out to be, before anything writes to it. Shared by
// the catalogue and the workspace, which differ only in their application id and in the
// words they use for each outcome. Read-only: the file stays byte for byte as it was.
struct SqliteFileCheck
{
    enum class Outcome {
        Empty,           // no tables and no application id: a file to initialise
        Ours,            // the expected application id and a schema_version table
        NotDatabase,     // SQLite cannot read it (garbage, encrypted, truncated header)
        Damaged,         // PRAGMA quick_check found a problem
        OtherStackAtlas, // the application id of the other StackAtlas file kind
        Foreign,         // an SQLite database of another application
        NoSchemaVersion, // our application id, but no schema_version table
    };

    Outcome outcome = Outcome::NotDatabase;
    QString detail;           // NotDatabase and Damaged: SQLite's own words
    qint32 applicationId = 0; // as found in the file
    int version = 0;          // Ours: the schema version

    // Checks the file behind db (open, configured by SqliteConnection): integrity first
    // (unless quickCheck is false: the caller knows the file passed it unchanged), then
    // the application id (expected, or the other StackAtlas kind), then the version.
    static SqliteFileCheck
    run(const QSqlDatabase &db, qint32 expectedId, qint32 siblingId, bool quickCheck = true);
};

} // namespace sa
