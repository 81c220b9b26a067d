#include "inventorylinks.h"

#include "cataloguecsvvalues.h"
#include "csvtable.h"
#include "inventorycells.h"
#include "inventorymessages.h"

#include <QSet>

#include <algorithm>

namespace sa {

namespace {

QString folded(QStringView name)
{
    return CatalogueCsvValues::trimmed(name).toString().toCaseFolded();
}

} // namespace

InventoryLinks::InventoryLinks(const std::vector<Product> &products,
                               const std::vector<QString> &rowNames,
                               const std::vector<Tool> &existing)
    : m_rowNames(rowNames)
{
    QSet<QString> vendors;
    for (const Product &p : products) {
        if (p.vendorName.isEmpty() || vendors.contains(p.vendorName))
            continue;
        vendors.insert(p.vendorName);
        const FoldedName name(p.vendorName);
        NameWords outside;
        for (const NameToken &t : name.words()) {
            if (!t.bracketed)
                outside.push_back(t);
        }
        m_vendors.add(outside, int(vendors.size()));
    }
    for (size_t r = 0; r < rowNames.size(); ++r) {
        if (rowNames[r].isEmpty())
            continue;
        const QString exact = folded(rowNames[r]);
        if (!m_rowExact.contains(exact)) // the first row of a name wins
            m_rowExact.insert(exact, int(r));
        if (const quint64 key = normalKey(rowNames[r]))
            m_rowNormal.insert(key, int(r));
    }
    for (const Tool &t : existing) {
        m_toolNames.insert(t.id, t.name);
        if (!m_toolExact.contains(folded(t.name)))
            m_toolExact.insert(folded(t.name), t.id);
        if (const quint64 key = normalKey(t.name))
            m_toolNormal.insert(key, t.id);
    }
}

quint64 InventoryLinks::normalKey(QStringView name) const
{
    const FoldedName folded(name);
    NameWords core;
    m_reducer.core(folded, core);
    return core.empty() ? 0 : compactHash(core);
}

InventoryLinks::Found InventoryLinks::find(QStringView name) const
{
    Found found;
    const QString exact = folded(name);
    if (const auto it = m_rowExact.constFind(exact); it != m_rowExact.constEnd()) {
        found.rows.push_back(*it);
        return found;
    }
    const quint64 key = normalKey(name);
    found.rows = m_rowNormal.values(key);
    if (!found.rows.empty() || key == 0) {
        std::sort(found.rows.begin(), found.rows.end());
        return found;
    }
    if (const auto it = m_toolExact.constFind(exact); it != m_toolExact.constEnd()) {
        found.tools.push_back(*it);
        return found;
    }
    found.tools = m_toolNormal.values(key);
    std::sort(found.tools.begin(), found.tools.end());
    return found;
}

void InventoryLinks::read(const InventoryCells &cells,
                          int row,
                          InventoryRow *out,
                          InventoryMessages *messages) const
{
    const int field = int(InventoryField::IntegratesWith);
    const int column = cells.column(field);
    for (const QStringView item : InventoryCells::items(cells.text(row, field))) {
        QStringView name = item;
        InventoryLink link;
        if (const qsizetype colon = item.lastIndexOf(u':'); colon > 0) {
            IntegrationKind kind;
            if (parseIntegrationKind(item.sliced(colon + 1).trimmed().toString().toLower(),
                                     &kind)) {
                name = item.first(colon).trimmed();
                link.kind = kind;
            }
        }
        const QString where = cells.where(row, field, item);
        const Found found = find(name);
        QStringList names;
        for (const int r : found.rows)
            names << u"'" + m_rowNames[size_t(r)] + u"' (line "
                         + QString::number(cells.table().rowLine(r)) + u')';
        for (const ToolId t : found.tools)
            names << u"'" + m_toolNames.value(t) + u"' (in the workspace)";
        if (names.isEmpty()) {
            messages->warning(&out->problems,
                              column,
                              where,
                              u"no tool '" + name
                                  + u"' in this file or the workspace; that integration is left "
                                    u"out");
            continue;
        }
        if (names.size() > 1) {
            messages->warning(&out->problems,
                              column,
                              where,
                              u"'" + name + u"' could be " + names.join(u" or ")
                                  + u"; that integration is left out (write the full name)");
            continue;
        }
        link.row = found.rows.empty() ? -1 : found.rows.front();
        link.existing = found.tools.empty() ? 0 : found.tools.front();
        if (link.row == row) {
            messages->warning(
                &out->problems, column, where, u"'" + name + u"' is this row's own tool; ignored");
            continue;
        }
        const bool known = std::any_of(out->links.begin(), out->links.end(), [&](const auto &l) {
            return l.row == link.row && l.existing == link.existing;
        });
        if (!known)
            out->links.push_back(link);
    }
}

} // namespace sa
