#pragma once

#include "catalogue/cataloguecontent.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <optional>

namespace sa {

// What a merge did to the products (capabilities and vendors follow the same rules).
struct MergeSummary
{
    int added = 0;          // new shipped products
    int updated = 0;        // shipped products the user had not edited, rewritten
    int removed = 0;        // shipped products gone from the new content, unedited
    int kept = 0;           // products the user edited or made with a shipped slug, left alone
    int skippedDeleted = 0; // shipped products the user deleted, not brought back

    friend bool operator==(const MergeSummary &, const MergeSummary &) = default;
};

// Brings the shipped catalogue content into a catalogue database, in one transaction,
// without undoing what the user did: new shipped rows are added unless the user deleted
// them (tombstone), unedited shipped rows are rewritten, shipped rows gone from the
// content are deleted unless edited, and user rows are never touched. Building a new
// catalogue is the same merge into an empty database. The content's fingerprint is
// stored, so the merge runs again only when the shipped content changes.
class ShippedMerge
{
public:
    explicit ShippedMerge(QSqlDatabase db);

    // nullopt when the database already holds content with this fingerprint.
    Expected<std::optional<MergeSummary>> run(const CatalogueContent &content);
    // The fingerprint of the shipped content merged last ('' when none was).
    static Expected<QString> storedFingerprint(const QSqlDatabase &db);
    // Records it (SQL both SQLite and PostgreSQL read); the caller owns the transaction.
    static Status storeFingerprint(const QSqlDatabase &db, const QString &fingerprint);

private:
    Status mergeCategories(const CatalogueContent &content);
    Status mergeVendors(const CatalogueContent &content);
    Status removeUnusedVendors(const CatalogueContent &content);
    Status mergeIntegrations(const CatalogueContent &content);

    QSqlDatabase m_db;
};

} // namespace sa
