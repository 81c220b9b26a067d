#include "sqliteworkspacestore.h"

#include "sqliteconnection.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "workspacebackup.h"
#include "workspaceimportwriter.h"
#include "workspacelinks.h"
#include "workspacereportsettings.h"
#include "workspacescenarios.h"
#include "workspaceschema.h"
#include "workspaceshortlists.h"
#include "workspacesnapshots.h"
#include "workspacetooltable.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <optional>

namespace sa {

namespace {

Q_LOGGING_CATEGORY(lcWorkspace, "stackatlas.store.workspace")

// The read functions of the interface return plain values; a failed read (the file gone
// or damaged under a live store) is logged and reads as empty.
template<typename T>
T valueOr(Expected<T> result, T fallback = {})
{
    if (result)
        return std::move(*result);
    qCWarning(lcWorkspace) << result.error().message;
    return fallback;
}

// A write that returns what it made (a new id, an import's result): body runs inside
// write's transaction, and its value comes back only when the transaction committed.
template<typename T, typename Write, typename Body>
Expected<T> writeReturning(Write &&write, Body &&body)
{
    std::optional<T> value;
    const Status s = write([&](const QSqlDatabase &db) -> Status {
        Expected<T> made = body(db);
        if (!made)
            return made.error();
        value = std::move(*made);
        return success();
    });
    if (!s)
        return s.error();
    return std::move(*value);
}

} // namespace

SqliteWorkspaceStore::SqliteWorkspaceStore(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
{
}

SqliteWorkspaceStore::~SqliteWorkspaceStore()
{
    SqliteConnection::close(m_path);
}

QSqlDatabase SqliteWorkspaceStore::database() const
{
    return SqliteConnection::database(m_path);
}

Status SqliteWorkspaceStore::write(const std::function<Status(const QSqlDatabase &)> &body)
{
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return databaseError(db.lastError(), u"cannot open the workspace " + m_path);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = body(db); !s)
        return s; // the transaction rolls back
    return tx.commit();
}

WorkspaceInfo SqliteWorkspaceStore::info() const
{
    QSqlQuery q = preparedQuery(
        database(),
        QStringLiteral("SELECT company, prepared_by, currency, profile, created FROM meta"
                       " WHERE id = 1"));
    WorkspaceInfo info;
    if (!q.exec() || !q.next()) {
        qCWarning(lcWorkspace)
            << databaseError(q, QStringLiteral("cannot read the workspace")).message;
        return info;
    }
    info.company = q.value(0).toString();
    info.preparedBy = q.value(1).toString();
    info.currency = q.value(2).toString();
    info.profile = q.value(3).toString();
    info.created = WorkspaceSchema::instantFrom(q.value(4).toString());
    return info;
}

Status SqliteWorkspaceStore::setInfo(const WorkspaceInfo &info)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(info.currency).hasMatch())
        return Error::badInput(u"'" + info.currency
                               + u"' is not a currency code (three capital letters, ISO 4217)");
    return write([&](const QSqlDatabase &db) {
        QSqlQuery q
            = preparedQuery(db,
                            QStringLiteral("UPDATE meta SET company = :company, prepared_by = :by,"
                                           " currency = :currency, profile = :profile,"
                                           " created = coalesce(:created, created) WHERE id = 1"));
        q.bindValue(QStringLiteral(":company"), textValue(info.company));
        q.bindValue(QStringLiteral(":by"), textValue(info.preparedBy));
        q.bindValue(QStringLiteral(":currency"), info.currency);
        q.bindValue(QStringLiteral(":profile"), textValue(info.profile));
        q.bindValue(QStringLiteral(":created"),
                    info.created.isValid() ? QVariant(WorkspaceSchema::instantText(info.created))
                                           : QVariant(QMetaType::fromType<QString>()));
        return execute(q, QStringLiteral("cannot change the workspace's details"));
    });
}

std::vector<Tool> SqliteWorkspaceStore::tools() const
{
    return valueOr(WorkspaceToolTable(database()).all());
}

std::optional<Tool> SqliteWorkspaceStore::tool(ToolId id) const
{
    std::vector<Tool> found = valueOr(WorkspaceToolTable(database()).withId(id));
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

Expected<ToolId> SqliteWorkspaceStore::addTool(const Tool &tool)
{
    return writeReturning<ToolId>(
        [this](const auto &body) { return write(body); },
        [&](const QSqlDatabase &db) { return WorkspaceToolTable(db).insert(tool); });
}

Status SqliteWorkspaceStore::updateTool(const Tool &tool)
{
    return write([&](const QSqlDatabase &db) { return WorkspaceToolTable(db).update(tool); });
}

Status SqliteWorkspaceStore::updateTools(const std::vector<Tool> &tools)
{
    return write([&](const QSqlDatabase &db) -> Status {
        WorkspaceToolTable table(db);
        for (const Tool &tool : tools) {
            if (Status s = table.update(tool); !s)
                return s;
        }
        return success();
    });
}

Status SqliteWorkspaceStore::removeTool(ToolId id)
{
    return removeTools({id});
}

Status SqliteWorkspaceStore::removeTools(const std::vector<ToolId> &ids)
{
    return write([&](const QSqlDatabase &db) -> Status {
        WorkspaceToolTable table(db);
        for (ToolId id : ids) {
            if (Status s = table.remove(id); !s)
                return s;
        }
        return success();
    });
}

std::vector<ToolIntegration> SqliteWorkspaceStore::integrations() const
{
    return valueOr(WorkspaceLinks(database()).integrations());
}

Status SqliteWorkspaceStore::addIntegration(const ToolIntegration &integration)
{
    return write([&](const QSqlDatabase &db) -> Status {
        const Expected<bool> added = WorkspaceLinks(db).addIntegration(integration, false);
        return added ? success() : Status(added.error());
    });
}

Status SqliteWorkspaceStore::removeIntegration(ToolId a, ToolId b)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceLinks(db).removeIntegration(a, b); });
}

std::vector<Requirement> SqliteWorkspaceStore::requirements() const
{
    return valueOr(WorkspaceLinks(database()).requirements());
}

Status SqliteWorkspaceStore::setRequirement(const Requirement &requirement)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceLinks(db).setRequirement(requirement); });
}

Status SqliteWorkspaceStore::removeRequirement(const QString &capabilitySlug)
{
    return write([&](const QSqlDatabase &db) {
        return WorkspaceLinks(db).removeRequirement(capabilitySlug);
    });
}

std::vector<Product> SqliteWorkspaceStore::products() const
{
    return valueOr(WorkspaceSnapshots(database()).products());
}

std::optional<Product> SqliteWorkspaceStore::product(const QString &slug) const
{
    if (slug.isEmpty())
        return std::nullopt;
    std::vector<Product> found = valueOr(WorkspaceSnapshots(database()).products(slug));
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

Status SqliteWorkspaceStore::saveProduct(const Product &product)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceSnapshots(db).saveProduct(product); });
}

std::vector<Capability> SqliteWorkspaceStore::capabilities() const
{
    return valueOr(WorkspaceSnapshots(database()).capabilities());
}

Status SqliteWorkspaceStore::saveCapability(const Capability &capability)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceSnapshots(db).saveCapability(capability); });
}

Expected<WorkspaceImportResult> SqliteWorkspaceStore::applyImport(const WorkspaceImport &import)
{
    return writeReturning<WorkspaceImportResult>(
        [this](const auto &body) { return write(body); },
        [&](const QSqlDatabase &db) { return WorkspaceImportWriter(db).apply(import); });
}

Status SqliteWorkspaceStore::revertImport(const WorkspaceImportReversal &reversal)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceImportWriter(db).revert(reversal); });
}

std::vector<Shortlist> SqliteWorkspaceStore::shortlists() const
{
    return valueOr(WorkspaceShortlists(database()).all());
}

Expected<ShortlistId> SqliteWorkspaceStore::addShortlist(const Shortlist &shortlist)
{
    return writeReturning<ShortlistId>(
        [this](const auto &body) { return write(body); },
        [&](const QSqlDatabase &db) { return WorkspaceShortlists(db).insert(shortlist); });
}

Status SqliteWorkspaceStore::updateShortlist(const Shortlist &shortlist)
{
    return write([&](const QSqlDatabase &db) { return WorkspaceShortlists(db).update(shortlist); });
}

Status SqliteWorkspaceStore::removeShortlist(ShortlistId id)
{
    return write([&](const QSqlDatabase &db) { return WorkspaceShortlists(db).remove(id); });
}

std::vector<Scenario> SqliteWorkspaceStore::scenarios() const
{
    return valueOr(WorkspaceScenarios(database()).all());
}

Expected<ScenarioId> SqliteWorkspaceStore::saveScenario(const Scenario &scenario,
                                                        const std::vector<Product> &snapshots)
{
    return writeReturning<ScenarioId>([this](const auto &body) { return write(body); },
                                      [&](const QSqlDatabase &db) -> Expected<ScenarioId> {
                                          WorkspaceSnapshots products(db);
                                          for (const Product &p : snapshots) {
                                              if (Status saved = products.saveProduct(p); !saved)
                                                  return saved.error();
                                          }
                                          return WorkspaceScenarios(db).save(scenario);
                                      });
}

Status SqliteWorkspaceStore::removeScenario(ScenarioId id)
{
    return write([&](const QSqlDatabase &db) { return WorkspaceScenarios(db).remove(id); });
}

QString SqliteWorkspaceStore::setting(const QString &key) const
{
    QSqlQuery q
        = preparedQuery(database(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec()) {
        qCWarning(lcWorkspace)
            << databaseError(q, QStringLiteral("cannot read the settings")).message;
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Status SqliteWorkspaceStore::setSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return Error::badInput(QStringLiteral("a setting needs a name"));
    return write([&](const QSqlDatabase &db) {
        QSqlQuery q = preparedQuery(
            db,
            value.isNull()
                ? QStringLiteral("DELETE FROM settings WHERE key = :key")
                : QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":key"), key);
        if (!value.isNull())
            q.bindValue(QStringLiteral(":value"), value);
        return execute(q, u"cannot change the setting '" + key + u"'");
    });
}

ReportSettings SqliteWorkspaceStore::reportSettings() const
{
    Expected<ReportSettings> s = WorkspaceReportSettings(database()).read();
    if (!s) {
        qCWarning(lcWorkspace) << s.error().message;
        return ReportSettings();
    }
    return *s;
}

Status SqliteWorkspaceStore::setReportSettings(const ReportSettings &settings)
{
    return write(
        [&](const QSqlDatabase &db) { return WorkspaceReportSettings(db).write(settings); });
}

Status SqliteWorkspaceStore::saveCopyAs(const QString &path)
{
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return databaseError(db.lastError(), u"cannot open the workspace " + m_path);
    return copyWorkspace(db, m_path, path);
}

} // namespace sa
