#include "postgresurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace sa {

bool PostgresUrl::isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

Expected<PostgresUrl> PostgresUrl::parse(const QString &text)
{
    const auto bad = [&](const QString &why) {
        return Error::badInput(u"'" + text + u"' is not a catalogue server URL: " + why
                               + u" (write postgresql://USER@HOST:PORT/DATABASE)");
    };
    if (!isPostgresUrl(text))
        return bad(QStringLiteral("it must start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    if (!url.password().isEmpty())
        return Error::badInput(
            u"the URL '" + url.toString(QUrl::RemovePassword)
            + u"' holds a password; put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode "
              u"0600) or let the application ask for it, never in the URL");
    PostgresUrl result;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.database = url.path().mid(1);
    result.service = QUrlQuery(url).queryItemValue(QStringLiteral("service"));
    if (result.database.isEmpty() && result.service.isEmpty())
        return bad(QStringLiteral("it names no database"));
    if (result.database.contains(u'/'))
        return bad(QStringLiteral("the database name cannot contain '/'"));
    return result;
}

QString PostgresUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!service.isEmpty())
        url.setQuery(u"service=" + service);
    return url.toString();
}

} // namespace sa
