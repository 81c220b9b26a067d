#include "transaction.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace sa {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    // PostgreSQL: serializable, so that concurrent editors never interleave; a write that
    // loses a race fails with SQLSTATE 40001 and is run again (PostgresCatalogueStore).
    m_active = q.exec(m_db.driverName() == u"QPSQL"
                          ? QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")
                          : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    rollback();
}

Error Transaction::error() const
{
    return databaseError(m_error, QStringLiteral("cannot start or finish a transaction"));
}

Status Transaction::commit()
{
    if (!m_active)
        return error();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        rollback();
        return error();
    }
    m_active = false;
    return success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace sa
