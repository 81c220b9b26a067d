#include "storecataloguesource.h"

#include "cataloguefile.h"
#include "postgrescataloguestore.h"
#include "postgresconnection.h"
#include "sqliteworkspacefiles.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sa {

namespace {

QString where(const PostgresUrl &url)
{
    if (!url.service.isEmpty() && url.host.isEmpty())
        return u"the service '" + url.service + u"'";
    return (url.host.isEmpty() ? QStringLiteral("localhost") : url.host) + u':'
           + QString::number(url.port);
}

// libpq's message after a summary of what failed, so that a newcomer knows where to look.
Error connectFailure(const PostgresUrl &url, const QString &detail)
{
    const QString state = lastDatabaseFailure().sqlState;
    const QString words = detail.trimmed();
    QString summary;
    if (state.startsWith(u"28") || words.contains(u"password") || words.contains(u"authentication"))
        summary = u"The server at " + where(url) + u" refused the login of '" + url.user
                  + u"': give the password, or put it in ~/.pgpass.";
    else if (state == u"3D000"
             || (words.contains(u"database") && words.contains(u"does not exist")))
        summary = u"The server at " + where(url) + u" has no database '" + url.database
                  + u"': check the name, or ask its administrator to create it.";
    else
        summary = u"Cannot reach a PostgreSQL server at " + where(url)
                  + u": check the host and port, and that the server is running.";
    return Error::io(summary + u"\n" + words);
}

Expected<PostgresUrl> prepare(const QString &text, const QString &password)
{
    Expected<PostgresUrl> url = PostgresUrl::parse(text);
    if (url) // an empty one too: a password typed earlier must not stay in the way of ~/.pgpass
        PostgresConnection::setPassword(*url, password);
    return url;
}

} // namespace

StoreCatalogueSource::StoreCatalogueSource(QString localPath,
                                           QString demoPath,
                                           std::optional<CatalogueReadResult> shipped)
    : m_localPath(std::move(localPath))
    , m_demoPath(std::move(demoPath))
    , m_shipped(std::move(shipped))
{
}

Expected<QString> StoreCatalogueSource::testTeam(const QString &text, const QString &password) const
{
    const Expected<PostgresUrl> url = prepare(text, password);
    if (!url)
        return url.error();
    PostgresConnection::close(*url); // a fresh login, with this password
    Expected<QString> outcome = QString();
    {
        QSqlDatabase db = PostgresConnection::database(*url);
        QSqlQuery q(db);
        if (!db.isOpen()) {
            databaseError(db.lastError(), QString());
            outcome = connectFailure(*url, db.lastError().text());
        } else if (!q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('product') IS NULL"
                                          " THEN -1 ELSE (SELECT count(*) FROM product) END"))
                   || !q.next()) {
            outcome
                = Error::io(u"Connected, but cannot read the database: " + q.lastError().text());
        } else if (const qint64 products = q.value(0).toLongLong(); products < 0) {
            outcome = QStringLiteral("Connected. The database holds no catalogue yet: Connect "
                                     "creates one there with the shipped products.");
        } else {
            outcome = QString(u"Connected. The team catalogue holds " + QString::number(products)
                              + (products == 1 ? u" product." : u" products."));
        }
    }
    PostgresConnection::close(*url);
    return outcome;
}

Expected<std::unique_ptr<CatalogueStore>>
StoreCatalogueSource::openTeam(const QString &text, const QString &password) const
{
    const Expected<PostgresUrl> url = prepare(text, password);
    if (!url)
        return url.error();
    PostgresConnection::close(*url);
    Expected<std::unique_ptr<PostgresCatalogueStore>> opened
        = m_shipped ? PostgresCatalogueStore::open(*url, *m_shipped)
                    : PostgresCatalogueStore::open(*url);
    const bool connectionFailed = !opened && PostgresConnection::lastFailureWasConnection();
    PostgresConnection::close(*url); // this thread's; the caller's thread opens its own
    if (connectionFailed)
        return connectFailure(*url, lastDatabaseFailure().text);
    if (!opened)
        return opened.error();
    (*opened)->setRetryWindow(PostgresCatalogueStore::kGuiRetryWindow);
    return std::unique_ptr<CatalogueStore>(std::move(*opened));
}

Expected<std::unique_ptr<CatalogueStore>> StoreCatalogueSource::openLocal() const
{
    OpenedCatalogue opened
        = m_shipped ? openCatalogue(m_localPath, *m_shipped) : openCatalogue(m_localPath);
    if (!opened.ok())
        return opened.error();
    return std::unique_ptr<CatalogueStore>(std::move(opened.store));
}

std::unique_ptr<WorkspaceFiles>
StoreCatalogueSource::workspaceFiles(const CatalogueStore *store) const
{
    return std::make_unique<SqliteWorkspaceFiles>(store, m_demoPath);
}

} // namespace sa
