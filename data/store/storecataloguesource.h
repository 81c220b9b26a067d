#pragma once

#include "catalogue/cataloguecontent.h"
#include "catalogue/cataloguesource.h"

#include <optional>

namespace sa {

// The application's catalogues over storage: the local SQLite file (openCatalogue) and
// team catalogues on PostgreSQL (PostgresCatalogueStore), for CatalogueSource's users in
// ui/. A failed connection is described by what failed: the host could not be reached,
// the login was refused, or the database is missing, followed by the server's words.
class StoreCatalogueSource final : public CatalogueSource
{
public:
    // localPath: the catalogue file Use Local Catalogue opens; demoPath: the demo
    // workspace. shipped, when given, is the content of new catalogues instead of the
    // shipped catalogue (tests: a small fixture). Team catalogues opened here get the
    // GUI's short retry window (PostgresCatalogueStore::kGuiRetryWindow).
    StoreCatalogueSource(QString localPath,
                         QString demoPath,
                         std::optional<CatalogueReadResult> shipped = std::nullopt);

    Expected<QString> testTeam(const QString &url, const QString &password) const override;
    Expected<std::unique_ptr<CatalogueStore>> openTeam(const QString &url,
                                                       const QString &password) const override;
    Expected<std::unique_ptr<CatalogueStore>> openLocal() const override;
    QString localPath() const override { return m_localPath; }
    std::unique_ptr<WorkspaceFiles> workspaceFiles(const CatalogueStore *store) const override;

private:
    QString m_localPath;
    QString m_demoPath;
    std::optional<CatalogueReadResult> m_shipped;
};

} // namespace sa
