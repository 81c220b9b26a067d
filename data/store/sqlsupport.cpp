#include "sqlsupport.h"

#include <QLoggingCategory>

namespace sa {

namespace {
Q_LOGGING_CATEGORY(lcSql, "stackatlas.store.sql")
} // namespace

DatabaseFailure &lastDatabaseFailure()
{
    thread_local DatabaseFailure failure;
    return failure;
}

void noteFailure(const QSqlError &error)
{
    lastDatabaseFailure() = DatabaseFailure{error.nativeErrorCode(), error.type(), error.text()};
}

Error databaseError(const QSqlError &error, const QString &doing)
{
    noteFailure(error);
    const QString detail = error.text().trimmed();
    return Error::io(detail.isEmpty() ? doing : doing + u": " + detail);
}

Error databaseError(const QSqlQuery &query, const QString &doing)
{
    return databaseError(query.lastError(), doing);
}

QSqlQuery preparedQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        noteFailure(q.lastError());
        qCWarning(lcSql) << "cannot prepare" << sql << ":" << q.lastError().text();
    }
    return q;
}

Status execute(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return databaseError(query, doing);
    return success();
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableAmount(qint64 amount)
{
    return amount >= 0 ? QVariant(amount) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace sa
