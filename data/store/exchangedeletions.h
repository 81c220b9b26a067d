#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

#include <functional>

namespace sa {

// The deletions a push or pull carries (CatalogueContent::tombstones), applied on the
// receiving side by both stores with the same SQL: the row with the slug is deleted and
// the tombstone recorded here too (with the sender's time, so that it travels on),
// unless the row was written here after the sender deleted it: a person's newer edit
// is kept, counted in keptEdited, and goes back to the sender on the next exchange. A
// tombstone whose slug the content still holds as a row is ignored (the row wins).
// The caller owns the transaction.
class ExchangeDeletions
{
public:
    // Deletes the receiver's row (kind, id) with the dialect's writer.
    using RemoveFn = std::function<Status(Tombstone::Kind kind, qint64 id)>;

    ExchangeDeletions(QSqlDatabase db, RemoveFn remove);

    Status apply(const CatalogueContent &content, ExchangeSummary *summary);
    // Adding a row with a slug lifts the slug's tombstone here.
    Status added(Tombstone::Kind kind, const QString &slug);

private:
    QSqlDatabase m_db;
    RemoveFn m_remove;
};

} // namespace sa
