#include "postgresconnection.h"

#include "sqlsupport.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QStringList>
#include <QThread>

namespace sa {

namespace {

QString connectionName(const PostgresUrl &url)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return u"stackatlas-postgresql:" + QString::number(thread, 16) + u':' + url.toString();
}

// Removes this thread's connections when it ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byUrl;
    return byUrl;
}

QString passwordFor(const PostgresUrl &url)
{
    const QMutexLocker lock(&passwordsMutex());
    return passwords().value(url.toString());
}

} // namespace

QSqlDatabase PostgresConnection::database(const PostgresUrl &url)
{
    const QString name = connectionName(url);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.database);
        QString options = QStringLiteral("connect_timeout=5;application_name=stackatlas");
        if (!url.service.isEmpty())
            options += u";service=" + url.service;
        db.setConnectOptions(options);
        threadConnections().names << name;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    db.setPassword(passwordFor(url));
    if (!db.open())
        lastDatabaseFailure() = DatabaseFailure{
            db.lastError().nativeErrorCode(), QSqlError::ConnectionError, db.lastError().text()};
    return db;
}

QSqlDatabase PostgresConnection::reconnect(const PostgresUrl &url)
{
    QSqlDatabase::database(connectionName(url), false).close();
    return database(url);
}

void PostgresConnection::close(const PostgresUrl &url)
{
    const QString name = connectionName(url);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    threadConnections().names.removeAll(name);
}

void PostgresConnection::setPassword(const PostgresUrl &url, const QString &password)
{
    const QMutexLocker lock(&passwordsMutex());
    passwords().insert(url.toString(), password);
}

bool PostgresConnection::lastFailureWasSerialization()
{
    const QString &state = lastDatabaseFailure().sqlState;
    return state == u"40001" || state == u"40P01";
}

bool PostgresConnection::lastFailureWasConnection()
{
    const DatabaseFailure &f = lastDatabaseFailure();
    if (f.type == QSqlError::ConnectionError)
        return true;
    // libpq reports a connection lost mid-query without an SQLSTATE.
    return f.sqlState.startsWith(u"08") || f.sqlState.startsWith(u"57P")
           || (f.sqlState.isEmpty() && f.type != QSqlError::NoError);
}

} // namespace sa
