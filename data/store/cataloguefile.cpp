#include "cataloguefile.h"

#include "catalogueschema.h"
#include "integrityrecord.h"
#include "migrationrunner.h"
#include "shippeddata.h"
#include "shippedfingerprint.h"
#include "sqliteconnection.h"
#include "sqlitefilecheck.h"
#include "sqlsupport.h"
#include "workspaceschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>

namespace sa {

namespace {

// The shipped content, read only when its fingerprint differs from the one merged last.
struct ShippedSource
{
    std::function<QString()> fingerprint;
    std::function<CatalogueReadResult()> read;
};

OpenedCatalogue failure(CatalogueProblem problem, QString message)
{
    OpenedCatalogue result;
    result.problem = problem;
    result.message = std::move(message);
    return result;
}

QString notCatalogue(const QString &path, const QString &why)
{
    return path + u" is not a StackAtlas catalogue or is damaged (" + why
           + u"). StackAtlas can rebuild it from the catalogue it ships with; the old file is then "
             u"kept beside the new one.";
}

// Checks an existing file before anything writes to it. Returns the schema version, or
// -1 with *problem set.
int checkExisting(const QSqlDatabase &db,
                  const QString &path,
                  const MigrationRunner &runner,
                  bool quickCheck,
                  OpenedCatalogue *problem)
{
    using Outcome = SqliteFileCheck::Outcome;
    const SqliteFileCheck check = SqliteFileCheck::run(
        db, CatalogueSchema::applicationId, WorkspaceSchema::applicationId, quickCheck);
    QString why;
    switch (check.outcome) {
    case Outcome::Empty:
        return 0; // an empty database file: initialise it
    case Outcome::Ours:
        break;
    case Outcome::NotDatabase:
        why = check.detail;
        break;
    case Outcome::Damaged:
        why = u"integrity check: " + check.detail;
        break;
    case Outcome::OtherStackAtlas:
        why = QStringLiteral("it is a StackAtlas workspace, not a catalogue");
        break;
    case Outcome::Foreign:
        why = QStringLiteral("it is an SQLite database of another application");
        break;
    case Outcome::NoSchemaVersion:
        why = QStringLiteral("it has no schema_version table");
        break;
    }
    if (!why.isEmpty()) {
        *problem = failure(CatalogueProblem::NotCatalogue, notCatalogue(path, why));
        return -1;
    }
    if (check.version > runner.latestVersion()) {
        *problem
            = failure(CatalogueProblem::TooNew,
                      path + u" was written by a newer version of StackAtlas (catalogue schema "
                          + QString::number(check.version) + u"; this version reads up to "
                          + QString::number(runner.latestVersion())
                          + u"). Update StackAtlas, or rebuild the catalogue from the one this "
                            u"version ships with (the newer file is kept beside it).");
        return -1;
    }
    return check.version;
}

OpenedCatalogue open(const QString &path, const ShippedSource &shippedSource)
{
    SqliteConnection::close(path);
    const QFileInfo info(path);
    const bool fresh = !info.exists();
    if (info.isDir())
        return failure(CatalogueProblem::Io,
                       u"cannot open the catalogue " + path + u": it is a folder");
    if (fresh) {
        if (!QDir().mkpath(info.absolutePath()))
            return failure(CatalogueProblem::Io,
                           u"cannot create the folder " + info.absolutePath());
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return failure(CatalogueProblem::Io,
                           u"cannot open the catalogue " + path + u": " + file.errorString());
    }
    QSqlDatabase db = SqliteConnection::database(path);
    // Closes the file, and removes it after a failed creation so that the next start
    // tries again from nothing.
    auto giveUp = [&](OpenedCatalogue result) {
        db = QSqlDatabase();
        SqliteConnection::close(path);
        if (fresh)
            QFile::remove(path);
        return result;
    };
    if (!db.isOpen())
        return giveUp(
            failure(CatalogueProblem::Io,
                    u"cannot open the catalogue " + path + u": " + db.lastError().text()));
    const MigrationRunner runner(CatalogueSchema::migrationsFolder());
    OpenedCatalogue result;
    // The integrity check is skipped when the file is as it was when it last passed it.
    const IntegrityRecord record(path);
    const bool quickCheck = !fresh && !record.matches();
    const int version = fresh ? 0 : checkExisting(db, path, runner, quickCheck, &result);
    result.integrityChecked = quickCheck;
    if (version < 0) {
        record.forget();
        return giveUp(std::move(result));
    }
    // A catalogue is written with a rollback journal, never WAL: a failed write must
    // leave the file byte for byte as it was.
    QSqlQuery journal = preparedQuery(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    journal.exec();
    journal.finish();
    if (Status s = runner.migrate(db); !s)
        return giveUp(failure(CatalogueProblem::Io,
                              u"cannot upgrade the catalogue " + path + u": " + s.error().message));

    result.created = version == 0;
    if (!result.created) {
        // Unchanged shipped content: nothing to read, nothing to merge.
        const Expected<QString> merged = ShippedMerge::storedFingerprint(db);
        if (!merged)
            return giveUp(
                failure(CatalogueProblem::Io,
                        u"cannot read the catalogue " + path + u": " + merged.error().message));
        if (!merged->isEmpty() && *merged == shippedSource.fingerprint()) {
            if (quickCheck)
                record.remember();
            result.store = std::make_unique<SqliteCatalogueStore>(path);
            return result;
        }
    }
    const CatalogueReadResult shipped = shippedSource.read();
    result.shippedRead = true;
    if (!shipped.errors.isEmpty()) {
        const QString first = shipped.errors.first();
        if (result.created)
            return giveUp(failure(CatalogueProblem::ShippedContent,
                                  u"the catalogue shipped with StackAtlas has errors, so " + path
                                      + u" cannot be built; the first is: " + first));
        result.warnings
            << u"the shipped catalogue was not merged because it has errors; the first is: "
                   + first;
    } else {
        Expected<std::optional<MergeSummary>> merged = ShippedMerge(db).run(shipped.content);
        if (!merged)
            return giveUp(failure(CatalogueProblem::Io,
                                  u"cannot bring the shipped catalogue into " + path + u": "
                                      + merged.error().message));
        result.merge = *merged;
    }
    if (quickCheck)
        record.remember(); // kept only when nothing wrote to the file just now
    result.store = std::make_unique<SqliteCatalogueStore>(path);
    return result;
}

ShippedSource readShipped()
{
    return ShippedSource{[] { return shippedFingerprint(shippedCatalogueDir()); },
                         [] {
                             return readCatalogueFolder(shippedCatalogueDir());
                         }};
}

ShippedSource given(const CatalogueReadResult &shipped)
{
    return ShippedSource{[&shipped] { return shipped.content.fingerprint; },
                         [&shipped] {
                             return shipped;
                         }};
}

OpenedCatalogue rebuild(const QString &path, const ShippedSource &shippedSource)
{
    SqliteConnection::close(path);
    QString aside;
    if (QFileInfo::exists(path)) {
        const QString base
            = path + u".broken-" + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss");
        aside = base;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = base + u'-' + QString::number(n);
        if (!QFile::rename(path, aside))
            return failure(CatalogueProblem::Io, u"cannot move " + path + u" aside to " + aside);
        // A journal or WAL belongs to its database file: keep them together.
        for (const char16_t *suffix : {u"-journal", u"-wal", u"-shm"}) {
            const QString companion = path + QString::fromUtf16(suffix);
            if (QFileInfo::exists(companion))
                QFile::rename(companion, aside + QString::fromUtf16(suffix));
        }
    }
    OpenedCatalogue result = open(path, shippedSource);
    result.setAside = aside;
    return result;
}

} // namespace

bool OpenedCatalogue::canRebuild() const
{
    return problem == CatalogueProblem::NotCatalogue || problem == CatalogueProblem::TooNew;
}

Error OpenedCatalogue::error() const
{
    return Error::io(message);
}

OpenedCatalogue openCatalogue(const QString &path)
{
    return open(path, readShipped());
}

OpenedCatalogue openCatalogue(const QString &path, const CatalogueReadResult &shipped)
{
    return open(path, given(shipped));
}

OpenedCatalogue rebuildCatalogue(const QString &path)
{
    return rebuild(path, readShipped());
}

OpenedCatalogue rebuildCatalogue(const QString &path, const CatalogueReadResult &shipped)
{
    return rebuild(path, given(shipped));
}

QString defaultCataloguePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/catalogue.sqlite";
}

} // namespace sa
