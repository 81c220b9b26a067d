#include "postgrescataloguestore.h"

#include "capabilitywriter.h"
#include "cataloguequeries.h"
#include "catalogueschema.h"
#include "exchangedeletions.h"
#include "migrationrunner.h"
#include "postgresconnection.h"
#include "postgressearch.h"
#include "postgreswriter.h"
#include "productimport.h"
#include "productreader.h"
#include "productwriter.h"
#include "rowversion.h"
#include "shippeddata.h"
#include "shippedmerge.h"
#include "sqlsupport.h"
#include "tombstones.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace sa {

namespace {

// Enough for ten editors racing for one row; a dropped connection is retried, with
// growing pauses, for the retry window (see setRetryWindow()).
constexpr int kAttempts = 40;

Error noSuch(QStringView what, qint64 id)
{
    return Error::badInput(u"there is no " + what.toString() + u" with the id "
                           + QString::number(id));
}

} // namespace

PostgresCatalogueStore::PostgresCatalogueStore(PostgresUrl url)
    : m_url(std::move(url))
{
}

PostgresCatalogueStore::~PostgresCatalogueStore()
{
    PostgresConnection::close(m_url);
}

Expected<std::unique_ptr<PostgresCatalogueStore>>
PostgresCatalogueStore::open(const PostgresUrl &url)
{
    return open(url, readCatalogueFolder(shippedCatalogueDir()));
}

Expected<std::unique_ptr<PostgresCatalogueStore>>
PostgresCatalogueStore::open(const PostgresUrl &url, const CatalogueReadResult &shipped)
{
    QSqlDatabase db = PostgresConnection::database(url);
    if (!db.isOpen())
        return databaseError(db.lastError(), u"cannot connect to " + url.toString());
    const MigrationRunner runner(CatalogueSchema::migrationsFolder(), QStringLiteral("postgresql"));
    if (Status s = runner.migrate(db); !s)
        return Error::io(url.toString() + u": " + s.error().message);
    auto store = std::make_unique<PostgresCatalogueStore>(url);
    if (store->stats().products == 0) {
        if (!shipped.errors.isEmpty())
            return Error::io(u"the shipped catalogue has errors: " + shipped.errors.first());
        if (Expected<ExchangeSummary> filled = store->receive(shipped.content); !filled)
            return filled.error();
        // What was filled in, for a later merge of a newer shipped catalogue.
        if (Status s = store->write([&](const QSqlDatabase &db) {
                return ShippedMerge::storeFingerprint(db, shipped.content.fingerprint);
            });
            !s)
            return s.error();
    }
    return store;
}

bool PostgresCatalogueStore::reconnectAfterFailedRead() const
{
    if (!PostgresConnection::lastFailureWasConnection())
        return false;
    ++m_readReconnects;
    // When no new connection opens, its failure is the one to report (lastReadStatus()).
    return PostgresConnection::reconnect(m_url).isOpen();
}

void PostgresCatalogueStore::setRetryWindow(std::chrono::milliseconds window)
{
    m_retryWindow = window;
}

Status PostgresCatalogueStore::write(const std::function<Status(const QSqlDatabase &)> &body)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        lastDatabaseFailure() = DatabaseFailure();
        Status status = success();
        {
            const QSqlDatabase db = PostgresConnection::database(m_url);
            if (!db.isOpen()) {
                status = databaseError(db.lastError(), u"cannot connect to " + m_url.toString());
            } else {
                Transaction tx(db);
                status = tx.isActive() ? body(db) : Status(tx.error());
                if (status)
                    status = tx.commit();
            }
        }
        if (status || status.error().kind != Error::Kind::Io || attempt == kAttempts)
            return status;
        if (PostgresConnection::lastFailureWasSerialization()) {
            ++m_retries;
            continue;
        }
        if (!PostgresConnection::lastFailureWasConnection())
            return status;
        const qint64 left = qint64(m_retryWindow.count()) - elapsed.elapsed();
        if (left <= 0)
            return status;
        ++m_retries;
        PostgresConnection::close(m_url);
        // Give a restarting server a moment; the edit itself is kept by the caller.
        QThread::msleep(unsigned(std::min<qint64>({25 * attempt, 500, left})));
    }
}

QSqlDatabase PostgresCatalogueStore::readConnection() const
{
    return PostgresConnection::database(m_url);
}

SearchResult PostgresCatalogueStore::search(const SearchQuery &query) const
{
    SearchResult result;
    reading([&](const QSqlDatabase &db) { result = PostgresSearch(db).run(query); });
    return result;
}

Expected<ProductId> PostgresCatalogueStore::addProduct(const Product &product)
{
    ProductId added = 0;
    const Status status = write([&](const QSqlDatabase &db) -> Status {
        PostgresWriter writer(db);
        const bool shipped = product.origin == Origin::Shipped;
        const Expected<ProductId> id
            = writer.insertProduct(product, product.origin, shipped && product.edited);
        if (!id)
            return id.error();
        if (Status s = writer.setIntegrations(*id, product.integrations); !s)
            return s;
        if (Status s
            = Tombstones::remove(db, Tombstones::Kind::Product, ProductWriter::slugFor(product));
            !s)
            return s;
        if (Status s = RowVersion::stamp(db, RowVersion::Kind::Product, *id); !s)
            return s;
        added = *id;
        return success();
    });
    if (!status)
        return status.error();
    return added;
}

Expected<VersionedUpdate> PostgresCatalogueStore::updateRowIfVersion(
    const char *table,
    RowVersion::Kind kind,
    qint64 id,
    qint64 basedOn,
    const QString &slug,
    const std::function<Status(PostgresWriter &, bool shipped)> &apply)
{
    VersionedUpdate outcome;
    const Status status = write([&](const QSqlDatabase &db) -> Status {
        PostgresWriter writer(db);
        const Expected<std::optional<PostgresWriter::Row>> old = writer.row(table, id);
        if (!old)
            return old.error();
        if (!*old) {
            outcome = VersionedUpdate{false, 0};
            return basedOn ? success() : Status(noSuch(QString::fromLatin1(table), id));
        }
        const Expected<VersionedUpdate> version = RowVersion::bump(db, kind, id, basedOn);
        if (!version)
            return version.error();
        outcome = *version;
        if (!version->written)
            return success(); // nothing written: the commit changes nothing
        if (Status s = writer.checkSlugChange(table, **old, slug); !s)
            return s;
        return apply(writer, (*old)->origin == Origin::Shipped);
    });
    if (!status)
        return status.error();
    return outcome;
}

Expected<VersionedUpdate> PostgresCatalogueStore::updateProductIfVersion(const Product &product,
                                                                         qint64 basedOn)
{
    return updateRowIfVersion("product",
                              RowVersion::Kind::Product,
                              product.id,
                              basedOn,
                              ProductWriter::slugFor(product),
                              [&product](PostgresWriter &writer, bool shipped) -> Status {
                                  if (Status s = writer.updateProduct(product.id, product, shipped);
                                      !s)
                                      return s;
                                  return writer.setIntegrations(product.id, product.integrations);
                              });
}

Status PostgresCatalogueStore::removeProduct(ProductId id)
{
    return removeRow("product", id);
}

Expected<CapabilityId> PostgresCatalogueStore::addCapability(const Capability &capability,
                                                             const std::vector<CapabilityUse> &uses)
{
    CapabilityId added = 0;
    const Status status = write([&](const QSqlDatabase &db) -> Status {
        PostgresWriter writer(db);
        const Expected<CapabilityId> id = writer.insertCapability(capability, capability.origin);
        if (!id)
            return id.error();
        if (Status s = writer.addUses(*id, uses); !s)
            return s;
        if (Status s = Tombstones::remove(
                db, Tombstones::Kind::Capability, CapabilityWriter::slugFor(capability));
            !s)
            return s;
        if (Status s = RowVersion::stamp(db, RowVersion::Kind::Capability, *id); !s)
            return s;
        added = *id;
        return success();
    });
    if (!status)
        return status.error();
    return added;
}

Expected<VersionedUpdate>
PostgresCatalogueStore::updateCapabilityIfVersion(const Capability &capability, qint64 basedOn)
{
    return updateRowIfVersion("capability",
                              RowVersion::Kind::Capability,
                              capability.id,
                              basedOn,
                              CapabilityWriter::slugFor(capability),
                              [&capability](PostgresWriter &writer, bool shipped) {
                                  return writer.updateCapability(
                                      capability.id, capability, shipped);
                              });
}

Status PostgresCatalogueStore::removeCapability(CapabilityId id)
{
    return removeRow("capability", id);
}

// The row leaves a tombstone, so that a newer shipped catalogue does not bring it back
// and a push or pull deletes it on the other side.
Status PostgresCatalogueStore::removeRow(const char *table, qint64 id)
{
    const QString name = QString::fromLatin1(table);
    return write([&](const QSqlDatabase &db) -> Status {
        PostgresWriter writer(db);
        const Expected<std::optional<PostgresWriter::Row>> old = writer.row(table, id);
        if (!old)
            return old.error();
        if (!*old)
            return noSuch(name, id);
        const Status removed
            = name == u"product" ? writer.removeProduct(id) : writer.removeCapability(id);
        if (!removed)
            return removed;
        return Tombstones::add(db,
                               name == u"product" ? Tombstones::Kind::Product
                                                  : Tombstones::Kind::Capability,
                               (*old)->slug);
    });
}

Expected<ImportSummary> PostgresCatalogueStore::importProducts(const std::vector<Product> &products,
                                                               const ProgressFn &progress)
{
    ImportSummary summary;
    const Status status = write([&](const QSqlDatabase &db) -> Status {
        summary = ImportSummary();
        PostgresWriter writer(db);
        writer.deferSearch();
        const ProductReader reader(db);
        std::vector<std::pair<ProductId, size_t>> linked;
        const int total = int(products.size());
        for (size_t i = 0; i < products.size(); ++i) {
            const QString where = u"import row " + QString::number(i + 1) + u": ";
            const QString slug = ProductWriter::slugFor(products[i]);
            const Expected<ProductId> existing = writer.productBySlug(slug);
            if (!existing)
                return existing.error();
            ProductId id = *existing;
            if (id) {
                const std::optional<Product> stored = reader.byId(id);
                if (!stored)
                    return Error::io(where + u"cannot read the stored product");
                Product merged = ProductImport::overlay(*stored, products[i]);
                merged.slug = slug;
                if (Status s = writer.updateProduct(id, merged, stored->origin == Origin::Shipped);
                    !s)
                    return Error{s.error().kind, where + s.error().message};
                if (const Expected<VersionedUpdate> v
                    = RowVersion::bump(db, RowVersion::Kind::Product, id, 0);
                    !v)
                    return v.error();
                ++summary.updated;
            } else {
                Product fresh = products[i];
                fresh.id = 0;
                fresh.slug = slug;
                const Expected<ProductId> added = writer.insertProduct(fresh, Origin::User, false);
                if (!added)
                    return Error{added.error().kind, where + added.error().message};
                id = *added;
                ++summary.added;
            }
            if (!products[i].integrations.empty())
                linked.emplace_back(id, i);
            if (progress && !progress(int(i + 1), total + 1))
                return Error::badInput(
                    QStringLiteral("import cancelled; the catalogue is unchanged"));
        }
        for (const auto &[id, i] : linked) {
            if (Status s = writer.setIntegrations(id, products[i].integrations); !s)
                return s;
        }
        return writer.flushSearch();
    });
    if (!status)
        return status.error();
    return summary;
}

Expected<ExchangeSummary> PostgresCatalogueStore::receive(const CatalogueContent &given)
{
    const CatalogueContent content = withoutIds(given);
    ExchangeSummary summary;
    const Status status = write([&](const QSqlDatabase &db) -> Status {
        summary = ExchangeSummary();
        PostgresWriter writer(db);
        writer.deferSearch();
        ExchangeDeletions deletions(db, [&](Tombstone::Kind kind, qint64 id) {
            return kind == Tombstone::Kind::Product ? writer.removeProduct(id)
                                                    : writer.removeCapability(id);
        });
        for (const Category &c : content.categories) {
            bool added = false;
            if (const Expected<CategoryId> id = writer.ensureCategory(c, &added); !id)
                return id.error();
            summary.categoriesAdded += added ? 1 : 0;
        }
        for (const Vendor &v : content.vendors) {
            if (Status s = writer.ensureVendor(v); !s)
                return s;
        }
        if (Status s = deletions.apply(content, &summary); !s)
            return s;
        for (const Capability &c : content.capabilities) {
            const Expected<CapabilityId> id = writer.capabilityBySlug(c.slug);
            if (!id)
                return id.error();
            if (*id) {
                if (Status s = writer.updateCapability(*id, c, false); !s)
                    return s;
                if (const Expected<VersionedUpdate> v
                    = RowVersion::bump(db, RowVersion::Kind::Capability, *id, 0);
                    !v)
                    return v.error();
                ++summary.capabilitiesUpdated;
            } else {
                if (const Expected<CapabilityId> added = writer.insertCapability(c, c.origin);
                    !added)
                    return added.error();
                if (Status s = deletions.added(Tombstone::Kind::Capability, c.slug); !s)
                    return s;
                ++summary.capabilitiesAdded;
            }
        }
        std::vector<ProductId> ids;
        for (const Product &p : content.products) {
            const Expected<ProductId> id = writer.productBySlug(p.slug);
            if (!id)
                return id.error();
            if (*id) {
                if (Status s = writer.updateProduct(*id, p, p.edited); !s)
                    return s;
                if (const Expected<VersionedUpdate> v
                    = RowVersion::bump(db, RowVersion::Kind::Product, *id, 0);
                    !v)
                    return v.error();
                ++summary.productsUpdated;
                ids.push_back(*id);
            } else {
                const Expected<ProductId> added = writer.insertProduct(p, p.origin, p.edited);
                if (!added)
                    return added.error();
                if (Status s = deletions.added(Tombstone::Kind::Product, p.slug); !s)
                    return s;
                ++summary.productsAdded;
                ids.push_back(*added);
            }
        }
        for (size_t i = 0; i < content.products.size(); ++i) {
            if (Status s = writer.setIntegrations(ids[i], content.products[i].integrations); !s)
                return s;
        }
        return writer.flushSearch();
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace sa
