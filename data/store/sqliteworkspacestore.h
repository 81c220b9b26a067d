#pragma once

#include "workspace/workspacestore.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace sa {

// The open workspace file (see openWorkspace() in workspacefile.h, which checks and
// migrates the file and takes its lock before handing out a store). Apart from the path
// and the lock it keeps no state: every call takes the calling thread's connection, and
// every write is one transaction with a rollback journal, so the file on disk is always
// complete and there is never anything to save. Holds the file's QLockFile (when it got
// one) for as long as it lives.
class SqliteWorkspaceStore final : public WorkspaceStore
{
public:
    // path must be a workspace at the current schema version.
    explicit SqliteWorkspaceStore(QString path, std::unique_ptr<QLockFile> lock = nullptr);
    ~SqliteWorkspaceStore() override;
    Q_DISABLE_COPY_MOVE(SqliteWorkspaceStore)

    bool holdsLock() const { return m_lock != nullptr; }

    QString path() const override { return m_path; }
    WorkspaceInfo info() const override;
    Status setInfo(const WorkspaceInfo &info) override;

    std::vector<Tool> tools() const override;
    std::optional<Tool> tool(ToolId id) const override;
    Expected<ToolId> addTool(const Tool &tool) override;
    Status updateTool(const Tool &tool) override;
    Status updateTools(const std::vector<Tool> &tools) override;
    Status removeTool(ToolId id) override;
    Status removeTools(const std::vector<ToolId> &ids) override;

    std::vector<ToolIntegration> integrations() const override;
    Status addIntegration(const ToolIntegration &integration) override;
    Status removeIntegration(ToolId a, ToolId b) override;

    std::vector<Requirement> requirements() const override;
    Status setRequirement(const Requirement &requirement) override;
    Status removeRequirement(const QString &capabilitySlug) override;

    std::vector<Product> products() const override;
    std::optional<Product> product(const QString &slug) const override;
    Status saveProduct(const Product &product) override;

    std::vector<Capability> capabilities() const override;
    Status saveCapability(const Capability &capability) override;

    Expected<WorkspaceImportResult> applyImport(const WorkspaceImport &import) override;
    Status revertImport(const WorkspaceImportReversal &reversal) override;

    std::vector<Shortlist> shortlists() const override;
    Expected<ShortlistId> addShortlist(const Shortlist &shortlist) override;
    Status updateShortlist(const Shortlist &shortlist) override;
    Status removeShortlist(ShortlistId id) override;
    std::vector<Scenario> scenarios() const override;
    Expected<ScenarioId> saveScenario(const Scenario &scenario,
                                      const std::vector<Product> &snapshots) override;
    Status removeScenario(ScenarioId id) override;

    QString setting(const QString &key) const override;
    Status setSetting(const QString &key, const QString &value) override;

    ReportSettings reportSettings() const override;
    Status setReportSettings(const ReportSettings &settings) override;

    Status saveCopyAs(const QString &path) override;

private:
    QSqlDatabase database() const;
    // Runs write inside one transaction on this thread's connection.
    Status write(const std::function<Status(const QSqlDatabase &)> &write);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sa
