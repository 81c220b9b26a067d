#pragma once

#include "domain/result.h"
#include "domain/shortlist.h"

#include <QSqlDatabase>

#include <vector>

namespace sa {

// The shortlist and shortlist_product tables (migration 002). Runs inside the caller's
// transaction. A shortlist is written whole: its row, then its products in order, so
// that an edit or an undo puts back exactly the list the user had. Its products must
// have their snapshots in the file already (the document saves them first).
class WorkspaceShortlists
{
public:
    explicit WorkspaceShortlists(QSqlDatabase db);

    Expected<std::vector<Shortlist>> all() const; // by name, case-insensitively, then id
    // Keeps a non-zero id (undo of a removal) and a valid created time.
    Expected<ShortlistId> insert(const Shortlist &shortlist);
    Status update(const Shortlist &shortlist);
    Status remove(ShortlistId id);

private:
    Status check(const Shortlist &shortlist) const;
    Status writeProducts(const Shortlist &shortlist);

    QSqlDatabase m_db;
};

} // namespace sa
