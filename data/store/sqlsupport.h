#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sa {

// Helpers shared by the SQLite code: every statement is a constant text prepared once
// and run with bound values, and every failure becomes an sa::Error naming what was
// being done.

// A database failure as a user-facing error (Error::Kind::Io: the CLI exits with 3).
Error databaseError(const QSqlError &error, const QString &doing);
Error databaseError(const QSqlQuery &query, const QString &doing);

// The last database failure that databaseError() made into an Error on this thread:
// PostgresCatalogueStore reads its SQLSTATE to tell a serialization failure (40001) or a
// dropped connection from a real error, without threading QSqlError through every write.
struct DatabaseFailure
{
    QString sqlState; // QSqlError::nativeErrorCode(): the SQLSTATE on QPSQL
    QSqlError::ErrorType type = QSqlError::NoError;
    QString text;
};
DatabaseFailure &lastDatabaseFailure();
// Records error as this thread's last failure (reads that only log theirs, too).
void noteFailure(const QSqlError &error);

// A forward-only query prepared from constant SQL; check isValid()/lastError() through
// execOrFail() when it runs.
QSqlQuery preparedQuery(const QSqlDatabase &db, const QString &sql);

// Runs a prepared query; on failure returns the error naming `doing`.
Status execute(QSqlQuery &query, const QString &doing);

// A string for a NOT NULL text column: Qt binds a null QString as SQL NULL, so a
// default-constructed field must become ''.
QVariant textValue(const QString &text);

// NULL for the sentinel "unknown" values of the domain types (0 ids, negative prices).
QVariant nullableId(qint64 id);
QVariant nullableAmount(qint64 amount);

} // namespace sa
