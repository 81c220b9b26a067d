#include "cataloguecsvlookup.h"

#include "cataloguecsvvalues.h"
#include "domain/slug.h"

#include <QVarLengthArray>

namespace sa {

namespace {

void add(QHash<QString, int> &keys, const QString &key, int index)
{
    if (!key.isEmpty() && !keys.contains(key))
        keys.insert(key, index);
}

} // namespace

CatalogueCsvLookup::CatalogueCsvLookup(std::vector<Category> categories,
                                       std::vector<Capability> capabilities)
    : m_categories(std::move(categories))
    , m_capabilities(std::move(capabilities))
{
    for (bool subcategories : {true, false}) {
        for (size_t i = 0; i < m_categories.size(); ++i) {
            const Category &c = m_categories[i];
            if (c.isTopLevel() == subcategories)
                continue;
            add(m_categoryKeys, c.slug.toCaseFolded(), int(i));
            add(m_categoryKeys, c.name.toCaseFolded(), int(i));
            add(m_categorySlugs, c.slug, int(i));
            add(m_categorySlugs, slugify(c.name), int(i));
        }
    }
    for (size_t i = 0; i < m_capabilities.size(); ++i) {
        const Capability &c = m_capabilities[i];
        add(m_capabilityKeys, c.slug.toCaseFolded(), int(i));
        add(m_capabilityKeys, c.name.toCaseFolded(), int(i));
        add(m_capabilitySlugs, c.slug, int(i));
        add(m_capabilitySlugs, slugify(c.name), int(i));
    }
    // Aliases only where no slug or name already answers.
    for (size_t i = 0; i < m_capabilities.size(); ++i) {
        for (const QString &alias : m_capabilities[i].aliases) {
            add(m_capabilityKeys, alias.toCaseFolded(), int(i));
            add(m_capabilitySlugs, slugify(alias), int(i));
        }
    }
}

template<typename T>
const T *CatalogueCsvLookup::find(const std::vector<T> &items,
                                  const QHash<QString, int> &exact,
                                  const QHash<QString, int> &slugged,
                                  QStringView text)
{
    // Case-fold into a stack buffer: a hit costs no allocation.
    const QStringView trimmed = CatalogueCsvValues::trimmed(text);
    QVarLengthArray<QChar, 128> buffer(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed[i].unicode();
        buffer[i] = c < 128 ? QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c)
                            : trimmed[i].toCaseFolded();
    }
    const QString folded = QString::fromRawData(buffer.constData(), buffer.size());
    if (const auto it = exact.constFind(folded); it != exact.constEnd())
        return &items[size_t(*it)];
    if (const auto it = slugged.constFind(slugify(folded)); it != slugged.constEnd())
        return &items[size_t(*it)];
    return nullptr;
}

const Category *CatalogueCsvLookup::category(QStringView text) const
{
    return find(m_categories, m_categoryKeys, m_categorySlugs, text);
}

const Capability *CatalogueCsvLookup::capability(QStringView text) const
{
    return find(m_capabilities, m_capabilityKeys, m_capabilitySlugs, text);
}

} // namespace sa
