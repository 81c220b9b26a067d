#pragma once

#include "sqlcataloguestore.h"

#include <QSqlDatabase>
#include <QString>

namespace sa {

// The catalogue in an SQLite file (see openCatalogue() in cataloguefile.h, which checks,
// migrates and fills the file before handing out a store). Stateless apart from the
// path: every call takes the calling thread's connection, so one store can serve the GUI
// thread and an import worker. Every write is one transaction; edits of shipped rows are
// marked, and deleted shipped rows leave a tombstone, so that a newer shipped catalogue
// can be merged later without undoing what the user did.
class SqliteCatalogueStore final : public SqlCatalogueStore
{
public:
    // path must be a catalogue at the current schema version.
    explicit SqliteCatalogueStore(QString path);
    ~SqliteCatalogueStore() override;
    Q_DISABLE_COPY_MOVE(SqliteCatalogueStore)

    QString path() const { return m_path; }

    SearchResult search(const SearchQuery &query) const override;

    Expected<ProductId> addProduct(const Product &product) override;
    Expected<VersionedUpdate> updateProductIfVersion(const Product &product,
                                                     qint64 basedOn) override;
    Status removeProduct(ProductId id) override;

    Expected<CapabilityId> addCapability(const Capability &capability,
                                         const std::vector<CapabilityUse> &uses) override;
    Expected<VersionedUpdate> updateCapabilityIfVersion(const Capability &capability,
                                                        qint64 basedOn) override;
    Status removeCapability(CapabilityId id) override;

    Expected<ImportSummary> importProducts(const std::vector<Product> &products,
                                           const ProgressFn &progress) override;
    Expected<ExchangeSummary> receive(const CatalogueContent &content) override;

protected:
    QSqlDatabase readConnection() const override;

private:
    QSqlDatabase database() const;
    Expected<QSqlDatabase> writableDatabase() const;

    QString m_path;
};

} // namespace sa
