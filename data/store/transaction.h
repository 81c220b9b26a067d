#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sa {

// One write transaction on a connection: BEGIN IMMEDIATE on construction (so that a
// concurrent writer is met at the start, inside the busy timeout, not halfway through;
// on PostgreSQL a serializable BEGIN),
// ROLLBACK on destruction unless commit() succeeded. Every early return of a write
// therefore undoes what the write had done so far.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    // Why BEGIN or COMMIT failed.
    Error error() const;
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace sa
