#include "sqlitestatement.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sa {

namespace {
Q_LOGGING_CATEGORY(lcStatement, "stackatlas.store.sql")
} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = QStringLiteral("the database is not open");
        return;
    }
    m_rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCWarning(lcStatement) << "cannot prepare" << sql << ":" << m_error;
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_texts(std::move(other.m_texts))
    , m_names(std::move(other.m_names))
    , m_rc(other.m_rc)
    , m_error(std::move(other.m_error))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_texts = std::move(other.m_texts);
        m_names = std::move(other.m_names);
        m_rc = other.m_rc;
        m_error = std::move(other.m_error);
    }
    return *this;
}

int SqliteStatement::parameter(const char *name)
{
    for (const auto &[known, index] : m_names) {
        if (known == name)
            return index;
    }
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (index == 0 && m_stmt)
        qCWarning(lcStatement) << "no parameter" << name << "in" << sqlite3_sql(m_stmt);
    m_names.emplace_back(name, index);
    return index;
}

void SqliteStatement::bind(const char *name, qint64 value)
{
    if (const int i = parameter(name))
        sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bind(const char *name, QStringView text)
{
    const int i = parameter(name);
    if (!i)
        return;
    QByteArray &bytes = m_texts[size_t(i)];
    bytes = text.toUtf8();
    // constData() is never null, so an empty text binds '' rather than NULL.
    sqlite3_bind_text(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindAt(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(const char *name)
{
    if (const int i = parameter(name))
        sqlite3_bind_null(m_stmt, i);
}

void SqliteStatement::bindId(const char *name, qint64 id)
{
    if (id > 0)
        bind(name, id);
    else
        bindNull(name);
}

void SqliteStatement::bindAmount(const char *name, qint64 amount)
{
    if (amount >= 0)
        bind(name, amount);
    else
        bindNull(name);
}

void SqliteStatement::keepError()
{
    if (m_stmt)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    else if (m_error.isEmpty())
        m_error = QStringLiteral("the statement could not be prepared");
}

Error SqliteStatement::error(const QString &doing) const
{
    return Error::io(doing + u": " + m_error);
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        keepError();
        return false;
    }
    m_rc = sqlite3_step(m_stmt);
    const bool ok = m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
    if (!ok)
        keepError(); // before reset(), which may replace the connection's message
    sqlite3_reset(m_stmt);
    return ok;
}

Status SqliteStatement::run(const QString &doing)
{
    if (exec())
        return success();
    return error(doing);
}

bool SqliteStatement::next()
{
    if (!m_stmt) {
        keepError();
        return false;
    }
    m_rc = sqlite3_step(m_stmt);
    if (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE)
        keepError();
    return m_rc == SQLITE_ROW;
}

Status SqliteStatement::status(const QString &doing) const
{
    if (m_stmt && (m_rc == SQLITE_ROW || m_rc == SQLITE_DONE || m_rc == SQLITE_OK))
        return success();
    return error(doing);
}

void SqliteStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rc = SQLITE_OK;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace sa
