#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace sa {

// Optimistic locking on product rows (catalogue schema 5) and capability rows (schema
// 6), in SQL both SQLite and PostgreSQL read the same way; every versioned write also
// notes when it happened (changed_at), which a push or pull compares with a deletion's
// time. The caller owns the write transaction.
struct RowVersion
{
    using Kind = Tombstone::Kind;

    // Gives the row version + 1: always when basedOn is 0 (UPDATE ... WHERE id = ?),
    // otherwise only when it still has version basedOn (UPDATE ... WHERE id = ? AND
    // version = ?). When refused, the result holds the row's current version (0: gone).
    static Expected<VersionedUpdate>
    bump(const QSqlDatabase &db, Kind kind, qint64 id, qint64 basedOn);
    // Notes that a person wrote the new row id now (bump() does for updates).
    static Status stamp(const QSqlDatabase &db, Kind kind, qint64 id);
    // When the row with this slug was last written ('' when unknown), and its id (0: none).
    struct Written
    {
        qint64 id = 0;
        QString changedAt;
    };
    static Expected<Written> written(const QSqlDatabase &db, Kind kind, const QString &slug);
    // The row and its version in one read-only transaction (repeatable read on
    // PostgreSQL), so that the version is the one of the fields read.
    static std::optional<VersionedProduct> read(const QSqlDatabase &db, ProductId id);
    static std::optional<VersionedCapability> readCapability(const QSqlDatabase &db,
                                                             CapabilityId id);

private:
    static QString table(Kind kind);
    static Expected<qint64> currentVersion(const QSqlDatabase &db, Kind kind, qint64 id);
    // Runs body in one read-only transaction.
    static void readOnly(const QSqlDatabase &db, const std::function<void()> &body);
};

} // namespace sa
