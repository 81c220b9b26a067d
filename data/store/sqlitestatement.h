#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sa {

// One statement prepared once on the SQLite connection behind a QSQLITE database and
// run many times with bound values, straight through SQLite's C API. The catalogue's
// bulk writes (an import of tens of thousands of products, the shipped merge) run here:
// Qt's QSqlQuery costs several thousand instructions per run in variant conversions
// and named-placeholder lookups, as much as the insert itself. Text is bound as UTF-8
// kept by the statement until the next bind of that parameter. Not copyable; the
// statement is finalized on destruction, so it must not outlive the connection.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    Q_DISABLE_COPY(SqliteStatement)

    bool isPrepared() const { return m_stmt != nullptr; }

    // Parameters by name (":slug"); an unknown name is a programming error, logged.
    void bind(const char *name, qint64 value);
    void bind(const char *name, QStringView text);
    void bindNull(const char *name);
    // By position (1-based), for statements whose SQL is generated, e.g. multi-row VALUES.
    void bindAt(int index, qint64 value);
    // A NULL for the domain's "unknown" sentinels (0 ids, negative amounts), as
    // nullableId() and nullableAmount() do for QSqlQuery.
    void bindId(const char *name, qint64 id);
    void bindAmount(const char *name, qint64 amount);

    // Runs a statement that returns no rows, then resets it for the next run. exec()
    // leaves the message for error(), so that callers build their words only on failure.
    Status run(const QString &doing);
    bool exec();
    Error error(const QString &doing) const;
    // Reads: next() steps to the next row (false at the end or on an error, see
    // status()); reset() ends the read so that the statement can run again.
    bool next();
    Status status(const QString &doing) const;
    void reset();
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;

    // Of the connection: the row id of the last insert, the rows the last write changed.
    qint64 lastInsertId() const;
    int changes() const;

private:
    int parameter(const char *name);
    void keepError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_texts; // per parameter: the bound UTF-8 bytes
    // Names seen, by address: callers pass literals, so a pointer compare finds the
    // index without SQLite's string search of every parameter name.
    std::vector<std::pair<const char *, int>> m_names;
    int m_rc = 0;    // of the last step
    QString m_error; // SQLite's words for the last failure
};

// The sqlite3 connection behind a QSQLITE database, or nullptr when it is not open.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace sa
