#include "searchtext.h"

#include "sqlitestatement.h"

#include <algorithm>

namespace sa {

namespace {

// SQLite's BINARY collation: byte order of the UTF-8 text, which differs from UTF-16
// order only around surrogates.
bool binaryLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

// The order in which the view's group_concat() meets a product's aliases: by the
// UNIQUE (product_id, alias) index, each alias once.
void sortUnique(QStringList &texts)
{
    std::sort(texts.begin(), texts.end(), binaryLess);
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
}

} // namespace

Status SearchText::load(const QSqlDatabase &db)
{
    m_capabilities.clear();
    SqliteStatement names(db, "SELECT id, name FROM capability");
    while (names.next())
        m_capabilities.insert(names.int64(0), CapabilityText{names.text(1), {}});
    if (Status s = names.status(QStringLiteral("cannot read the capabilities")); !s)
        return s;
    SqliteStatement aliases(db, "SELECT capability_id, alias FROM capability_alias");
    while (aliases.next()) {
        const auto it = m_capabilities.find(aliases.int64(0));
        if (it != m_capabilities.end())
            it->aliases << aliases.text(1);
    }
    if (Status s = aliases.status(QStringLiteral("cannot read the capability aliases")); !s)
        return s;
    for (CapabilityText &c : m_capabilities)
        sortUnique(c.aliases);
    return success();
}

SearchTextRow SearchText::row(const QString &name,
                              const QString &description,
                              const QString &vendor,
                              QStringList aliases,
                              std::vector<CapabilityId> capabilities) const
{
    sortUnique(aliases);
    // By the UNIQUE (product_id, capability_id) index: capability id order, each once.
    std::sort(capabilities.begin(), capabilities.end());
    capabilities.erase(std::unique(capabilities.begin(), capabilities.end()), capabilities.end());
    QStringList capabilityNames, capabilityAliases;
    for (const CapabilityId id : capabilities) {
        const auto it = m_capabilities.constFind(id);
        if (it == m_capabilities.constEnd())
            continue;
        capabilityNames << it->name;
        capabilityAliases << it->aliases;
    }
    // The view: names || ' ' || aliases, each part '' when there is none.
    return SearchTextRow{name,
                         aliases.join(u' '),
                         vendor,
                         capabilityNames.join(u' ') + u' ' + capabilityAliases.join(u' '),
                         description};
}

} // namespace sa
