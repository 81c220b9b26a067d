#include "capabilitydirectory.h"

#include <QCoreApplication>

#include <algorithm>

namespace sa {

CapabilityDirectory::CapabilityDirectory(const std::vector<Capability> &workspace,
                                         const std::vector<Capability> &catalogue,
                                         const std::vector<Category> &categories)
{
    for (const Category &c : categories)
        m_categoryNames.insert(c.slug, c.name);
    QSet<QString> inCatalogue;
    for (const Capability &c : catalogue)
        inCatalogue.insert(c.slug);
    for (const Capability &c : workspace) {
        if (!inCatalogue.contains(c.slug))
            m_local.insert(c.slug);
    }
    QHash<QString, size_t> at;
    for (const auto *list : {&workspace, &catalogue}) {
        for (const Capability &c : *list) {
            if (at.contains(c.slug))
                continue;
            at.insert(c.slug, m_all.size());
            m_all.push_back(c);
        }
    }
    std::sort(m_all.begin(), m_all.end(), [](const Capability &a, const Capability &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.slug < b.slug;
    });
    for (size_t i = 0; i < m_all.size(); ++i)
        m_bySlug.insert(m_all[i].slug, i);
}

const Capability *CapabilityDirectory::find(const QString &slug) const
{
    const auto found = m_bySlug.constFind(slug);
    return found == m_bySlug.constEnd() ? nullptr : &m_all[*found];
}

QString CapabilityDirectory::name(const QString &slug) const
{
    const Capability *c = find(slug);
    return c && !c->name.isEmpty() ? c->name : slug;
}

QString CapabilityDirectory::subcategoryName(const QString &slug) const
{
    const Capability *c = find(slug);
    if (c && !c->categorySlug.isEmpty())
        return m_categoryNames.value(c->categorySlug, c->categorySlug);
    if (isLocal(slug))
        return QCoreApplication::translate("sa::CapabilityDirectory", "Local to this workspace");
    if (!c)
        return QCoreApplication::translate("sa::CapabilityDirectory", "Not in the catalogue");
    return QString();
}

bool CapabilityDirectory::isLocal(const QString &slug) const
{
    return m_local.contains(slug);
}

} // namespace sa
