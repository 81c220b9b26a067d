#include "teamcatalogue.h"

#include "catalogueproblem.h"
#include "store/postgrescataloguestore.h"
#include "store/postgresconnection.h"
#include "teamcataloguepassworddialog.h"

namespace sa {

namespace {

// libpq's words when the server wants a password it was not given or refused.
bool needsPassword(const QString &message)
{
    return message.contains(u"no password supplied")
           || message.contains(u"password authentication");
}

} // namespace

std::unique_ptr<CatalogueStore> openTeamCatalogue(const QString &text,
                                                  bool interactive,
                                                  QString *error,
                                                  const QString &afterFailure)
{
    const Expected<PostgresUrl> url = PostgresUrl::parse(text);
    if (!url) {
        *error = url.error().message;
        if (interactive)
            showCatalogueFailure(text, *error + afterFailure);
        return nullptr;
    }
    QString problem;
    for (;;) {
        Expected<std::unique_ptr<PostgresCatalogueStore>> opened
            = PostgresCatalogueStore::open(*url);
        if (opened) {
            (*opened)->setRetryWindow(PostgresCatalogueStore::kGuiRetryWindow);
            return std::move(*opened);
        }
        *error = opened.error().message;
        if (!interactive)
            return nullptr;
        if (!needsPassword(*error)) {
            showCatalogueFailure(text, *error + afterFailure);
            return nullptr;
        }
        TeamCataloguePasswordDialog ask(url->toString(), problem);
        if (ask.exec() != QDialog::Accepted)
            return nullptr;
        PostgresConnection::setPassword(*url, ask.password());
        PostgresConnection::close(*url); // the next attempt logs in with it
        problem = TeamCataloguePasswordDialog::tr("That password was not accepted.");
    }
}

} // namespace sa
