#pragma once

#include "catalogue/cataloguestore.h"

#include <memory>

namespace sa {

// Opens the team catalogue at a postgresql:// URL for the GUI (beside main: ui/ reaches
// no storage code): when the server wants a password libpq could not find, asks for it
// (TeamCataloguePasswordDialog) until it is right or the user cancels; other failures
// are shown in a message box. nullptr when it could not be opened. With interactive
// false (snapshots) nothing is asked and *error says why. afterFailure is added to the
// message shown (what the application does instead).
std::unique_ptr<CatalogueStore> openTeamCatalogue(const QString &url,
                                                  bool interactive,
                                                  QString *error,
                                                  const QString &afterFailure = QString());

} // namespace sa
