#pragma once

#include "postgresurl.h"
#include "rowversion.h"
#include "sqlcataloguestore.h"

#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace sa {

class PostgresWriter;

// The catalogue on a PostgreSQL server, shared by a team (QPSQL). Like the SQLite store
// it keeps no connection of its own: every call takes the calling thread's
// (PostgresConnection), so each editor thread has its own session. Every write is one
// serializable transaction, opened and committed inside the call: nothing is held open
// while a person edits. A write that loses a race (SQLSTATE 40001, 40P01) is run again;
// one whose connection dropped (server restart) reconnects and is run again, with the
// same Product, so the user's edit is not lost. A product edited by someone else since
// it was read is refused (CatalogueStore::updateProductIfVersion).
class PostgresCatalogueStore final : public SqlCatalogueStore
{
public:
    // url must name a catalogue at the current schema version (see open()).
    explicit PostgresCatalogueStore(PostgresUrl url);
    ~PostgresCatalogueStore() override;
    Q_DISABLE_COPY_MOVE(PostgresCatalogueStore)

    // Connects, migrates the schema (creating it on an empty database) and, when the
    // catalogue has no products yet, fills it from the shipped catalogue.
    static Expected<std::unique_ptr<PostgresCatalogueStore>> open(const PostgresUrl &url);
    // The same, filling a new catalogue from the given content (tests: a small fixture).
    static Expected<std::unique_ptr<PostgresCatalogueStore>>
    open(const PostgresUrl &url, const CatalogueReadResult &shipped);

    const PostgresUrl &url() const { return m_url; }
    // How many writes were run again after a serialization failure or a reconnect, for
    // the tests and the status bar.
    int retries() const { return m_retries; }
    // How many reads ran again on a new connection after the old one dropped.
    int readReconnects() const { return m_readReconnects; }

    // How long a write whose connection dropped is tried again: 15 s by default (the
    // CLI's: long enough for a server restart); the GUI sets a short one so that its
    // thread never waits long on a dead server, and lets the user retry.
    void setRetryWindow(std::chrono::milliseconds window);
    static constexpr std::chrono::milliseconds kGuiRetryWindow{400};

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
    bool reconnectAfterFailedRead() const override;

private:
    // Runs body in one transaction, again after a serialization failure or a dropped
    // connection (up to a limit); body must not keep state between attempts.
    Status write(const std::function<Status(const QSqlDatabase &)> &body);
    // The optimistic update of a product or capability (table): the row version is
    // checked and bumped, a slug change refused where it must be, then apply writes
    // the row (told whether it is shipped), all in one write().
    Expected<VersionedUpdate>
    updateRowIfVersion(const char *table,
                       RowVersion::Kind kind,
                       qint64 id,
                       qint64 basedOn,
                       const QString &slug,
                       const std::function<Status(PostgresWriter &, bool shipped)> &apply);
    // Removes the product or capability (table) with that id.
    Status removeRow(const char *table, qint64 id);

    PostgresUrl m_url;
    std::atomic<int> m_retries = 0;
    mutable std::atomic<int> m_readReconnects = 0;
    std::chrono::milliseconds m_retryWindow{15000};
};

} // namespace sa
