#include "sqlitefilecheck.h"

#include "migrationrunner.h"
#include "sqlsupport.h"

namespace sa {

namespace {

SqliteFileCheck verdict(SqliteFileCheck::Outcome kind, QString detail = {})
{
    SqliteFileCheck check;
    check.outcome = kind;
    check.detail = std::move(detail);
    return check;
}

} // namespace

SqliteFileCheck
SqliteFileCheck::run(const QSqlDatabase &db, qint32 expectedId, qint32 siblingId, bool quickCheck)
{
    if (quickCheck) {
        // Not prepared first: on a file that is not a database, preparing is what fails.
        QSqlQuery quick(db);
        if (!quick.exec(QStringLiteral("PRAGMA quick_check")))
            return verdict(Outcome::NotDatabase, quick.lastError().databaseText());
        if (!quick.next() || quick.value(0).toString() != u"ok") {
            const QString detail = quick.isValid() ? quick.value(0).toString()
                                                   : QStringLiteral("integrity check failed");
            return verdict(Outcome::Damaged, detail);
        }
        quick.finish();
    }
    QSqlQuery appId(db); // prepared by exec(): on garbage, preparing fails
    if (!appId.exec(QStringLiteral("SELECT application_id, (SELECT count(*) FROM sqlite_schema)"
                                   " FROM pragma_application_id"))
        || !appId.next())
        return verdict(Outcome::NotDatabase, appId.lastError().databaseText());
    SqliteFileCheck check;
    check.applicationId = qint32(appId.value(0).toLongLong());
    const int objects = appId.value(1).toInt();
    appId.finish();
    if (check.applicationId == 0 && objects == 0) {
        check.outcome = Outcome::Empty;
        return check;
    }
    if (check.applicationId != expectedId) {
        check.outcome
            = check.applicationId == siblingId ? Outcome::OtherStackAtlas : Outcome::Foreign;
        return check;
    }
    const Expected<int> version = MigrationRunner::currentVersion(db);
    if (!version || *version == 0) {
        check.outcome = Outcome::NoSchemaVersion;
        return check;
    }
    check.outcome = Outcome::Ours;
    check.version = *version;
    return check;
}

} // namespace sa
