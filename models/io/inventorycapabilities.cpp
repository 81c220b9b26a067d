#include "inventorycapabilities.h"

#include "cataloguecsvlookup.h"
#include "cataloguecsvvalues.h"
#include "domain/slug.h"
#include "recordfile.h"

#include <algorithm>

namespace sa {

InventoryCapabilities::InventoryCapabilities(const CatalogueCsvLookup &lookup)
    : m_lookup(lookup)
{
}

const Capability *InventoryCapabilities::known(const QString &slug) const
{
    return m_lookup.capability(slug);
}

Expected<QString> InventoryCapabilities::resolve(QStringView name, const QString &categorySlug)
{
    if (const Capability *c = m_lookup.capability(name))
        return c->slug;
    const QString text = CatalogueCsvValues::trimmed(name).toString();
    // slugify() gives names of no ASCII letters a hashed slug ("東京" works), "---" too.
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return Error::badInput(u"capability name '" + text + u"' has no letters or digits");
    const QString slug
        = text.startsWith(u"local-") && isValidSlug(text) ? text : u"local-" + slugify(text);
    if (!m_localIndex.contains(slug)) {
        Capability local;
        local.slug = slug;
        local.name = text;
        local.categorySlug = categorySlug;
        local.origin = Origin::User;
        m_localIndex.insert(slug, m_locals.size());
        m_locals.push_back(std::move(local));
    }
    return slug;
}

InventoryCapabilities::Item InventoryCapabilities::item(QStringView text,
                                                        const QString &categorySlug)
{
    Item out;
    QStringView name = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0 && !m_lookup.capability(text)) {
        const QStringView strengthText = CatalogueCsvValues::trimmed(text.sliced(colon + 1));
        const std::optional<int> strength = CatalogueCsvValues::strength(strengthText);
        if (!strength) {
            out.error = u"capability strength must be 1, 2 or 3 (or basic, solid, leading), not '"
                        + strengthText + u'\'';
            out.errorAt = strengthText.isEmpty() ? text : strengthText;
            return out;
        }
        out.strength = *strength;
        name = CatalogueCsvValues::trimmed(text.first(colon));
    }
    Expected<QString> slug = resolve(name, categorySlug);
    if (!slug) {
        out.error = slug.error().message;
        out.errorAt = text;
        return out;
    }
    out.slug = std::move(*slug);
    return out;
}

} // namespace sa
