#pragma once

#include "domain/capability.h"
#include "domain/category.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace sa {

// Every capability a workspace can require, by slug: the workspace's own (snapshots of
// catalogue capabilities and capabilities local to it) over the catalogue's, with the name
// of each one's subcategory. The requirement models name rows with it, so that a
// requirement reads the same whether its capability came from the catalogue, a profile or
// an import, and still has a name when the catalogue no longer knows it.
class CapabilityDirectory
{
public:
    CapabilityDirectory() = default;
    CapabilityDirectory(const std::vector<Capability> &workspace,
                        const std::vector<Capability> &catalogue,
                        const std::vector<Category> &categories);

    const Capability *find(const QString &slug) const; // nullptr when unknown
    QString name(const QString &slug) const;           // the slug when unknown
    QString subcategoryName(const QString &slug) const;
    bool isLocal(const QString &slug) const; // in the workspace, not in the catalogue
    // Every capability, ordered by name (case-insensitively, then slug).
    const std::vector<Capability> &all() const { return m_all; }

private:
    std::vector<Capability> m_all;
    QHash<QString, size_t> m_bySlug;
    QHash<QString, QString> m_categoryNames;
    QSet<QString> m_local;
};

} // namespace sa
