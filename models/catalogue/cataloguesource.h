#pragma once

#include "catalogue/cataloguestore.h"
#include "domain/result.h"

#include <QString>

#include <memory>

namespace sa {

class WorkspaceFiles;

// Where the application finds a catalogue when the user switches between the local file
// and a team server (File > Connect to Team Catalogue…, Use Local Catalogue). Declared
// here so that ui/ opens catalogues without storage code; data/store implements it
// (StoreCatalogueSource). testTeam() and openTeam() may run on any thread: each uses
// that thread's own connection and closes it before returning. Errors name what failed
// (the host, the login, the database).
class CatalogueSource
{
public:
    virtual ~CatalogueSource() = default;

    // Connects to the server at url (postgresql://USER@HOST:PORT/DATABASE) and says what
    // is there, changing nothing. An empty password leaves it to ~/.pgpass or the service
    // file; a given one is kept in memory for this run only.
    virtual Expected<QString> testTeam(const QString &url, const QString &password) const = 0;
    // Opens the team catalogue, creating its schema (and content) on an empty database.
    virtual Expected<std::unique_ptr<CatalogueStore>> openTeam(const QString &url,
                                                               const QString &password) const = 0;
    virtual Expected<std::unique_ptr<CatalogueStore>> openLocal() const = 0;
    // The local catalogue file, for the status bar.
    virtual QString localPath() const = 0;
    // Workspace files checked against this catalogue; store must outlive them.
    virtual std::unique_ptr<WorkspaceFiles> workspaceFiles(const CatalogueStore *store) const = 0;
};

} // namespace sa
