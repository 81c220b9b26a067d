#pragma once

#include "domain/capability.h"
#include "domain/result.h"

#include <QHash>
#include <QString>

#include <vector>

namespace sa {

class CatalogueCsvLookup;

// The capabilities one import names, in Capabilities cells or requirement rows. A name
// is looked up in the catalogue (and the workspace's own capabilities) by slug, name or
// alias, ignoring case (CatalogueCsvLookup); a name nobody knows becomes a capability
// local to the workspace: slug "local-" + slugify(name), origin User, the category the
// caller gives (the tool's). Each local capability is made once per import, so the same
// unknown name on many rows is one capability; a name that already is a local slug
// ("local-email-signatures", as our export writes unknown ones) keeps it.
class InventoryCapabilities
{
public:
    explicit InventoryCapabilities(const CatalogueCsvLookup &lookup);

    struct Item
    {
        QString slug; // empty when error is set
        int strength = 2;
        QString error;       // what is wrong with the item
        QStringView errorAt; // the part of the item the error is about
    };

    // One list item, "name" or "name:strength" (a name containing ':' still reads whole
    // when it is known). Errors: a bad strength, a name without letters or digits.
    Item item(QStringView text, const QString &categorySlug);
    // The slug of the capability a bare name denotes, making it local if unknown.
    Expected<QString> resolve(QStringView name, const QString &categorySlug);

    const Capability *known(const QString &slug) const; // catalogue or workspace; nullptr
    const std::vector<Capability> &locals() const { return m_locals; }

private:
    const CatalogueCsvLookup &m_lookup;
    std::vector<Capability> m_locals;
    QHash<QString, size_t> m_localIndex; // slug -> index in m_locals
};

} // namespace sa
