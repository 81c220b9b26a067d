#pragma once

#include "catalogue/cataloguecontent.h"
#include "domain/result.h"
#include "shippedmerge.h"
#include "sqlitecataloguestore.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace sa {

// Why a catalogue file could not be opened; the GUI offers to rebuild on NotCatalogue
// and TooNew.
enum class CatalogueProblem {
    None,
    Io,             // cannot create, read or write the file
    NotCatalogue,   // damaged, or not a StackAtlas catalogue (foreign SQLite file, garbage)
    TooNew,         // written by a newer StackAtlas with a schema this one does not know
    ShippedContent, // the shipped catalogue content has errors (a build problem)
};

// The outcome of opening (or creating, or rebuilding) a catalogue file.
struct OpenedCatalogue
{
    std::unique_ptr<SqliteCatalogueStore> store; // set when ok()
    CatalogueProblem problem = CatalogueProblem::None;
    QString message;                   // for the user, when not ok()
    bool created = false;              // a new file was built from the shipped content
    std::optional<MergeSummary> merge; // when shipped content was merged in
    QString setAside;                  // rebuild: where the old file went
    QStringList warnings;              // opened, but e.g. the shipped content was unreadable
    bool integrityChecked = false;     // PRAGMA quick_check ran (see IntegrityRecord)
    bool shippedRead = false;          // the shipped text was parsed: new, or it changed

    bool ok() const { return store != nullptr; }
    bool canRebuild() const;
    // The problem as an sa::Error (Kind::Io: the CLI exits with 3).
    Error error() const;
};

// Opens the catalogue at path: creates it from the shipped content when absent;
// otherwise checks it (quick_check unless the file is unchanged since it last passed
// it, application id, schema version), migrates it, and merges the shipped content when
// its fingerprint changed since the last merge. The shipped content is read from
// shippedCatalogueDir() unless given; when it did not change, only its bytes are hashed.
OpenedCatalogue openCatalogue(const QString &path);
OpenedCatalogue openCatalogue(const QString &path, const CatalogueReadResult &shipped);

// Moves the file at path aside (path + ".broken-YYYYMMDD-HHMMSS") and builds a fresh
// catalogue there. Only the calling thread's connection to path is closed.
OpenedCatalogue rebuildCatalogue(const QString &path);
OpenedCatalogue rebuildCatalogue(const QString &path, const CatalogueReadResult &shipped);

// The per-user catalogue: AppDataLocation/catalogue.sqlite (the folder is created).
QString defaultCataloguePath();

} // namespace sa
