#include "inventorymodel.h"

#include "inventoryrules.h"
#include "inventorytext.h"
#include "workspace/workspacedocument.h"

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

bool toolBefore(const Tool &a, const Tool &b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

// Categories by name; tools without one last.
bool groupBefore(const QString &slugA,
                 const QString &nameA,
                 const QString &slugB,
                 const QString &nameB)
{
    if (slugA.isEmpty() != slugB.isEmpty())
        return slugB.isEmpty();
    return nameA.compare(nameB, Qt::CaseInsensitive) < 0;
}

void add(InventoryTotals *totals, const Tool &tool)
{
    ++totals->tools;
    if (!tool.isActive()) {
        ++totals->retired;
        return;
    }
    totals->annualCost += tool.annualCost;
    totals->seats += std::max(tool.seats, 0);
    totals->activeUsers += std::max(tool.activeUsers, 0);
}

bool isEditable(int column)
{
    switch (column) {
    case InventoryModel::Name:
    case InventoryModel::AnnualCost:
    case InventoryModel::Seats:
    case InventoryModel::ActiveUsers:
    case InventoryModel::Owner:
    case InventoryModel::Team:
    case InventoryModel::ContractEnd:
    case InventoryModel::Status:
        return true;
    default:
        return false;
    }
}

} // namespace

InventoryModel::InventoryModel(WorkspaceDocument *document,
                               std::vector<Category> categories,
                               QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    for (const Category &c : categories)
        m_categoryNames.insert(c.slug, c.name);
    connect(document, &WorkspaceDocument::toolAdded, this, &InventoryModel::toolAdded);
    connect(document, &WorkspaceDocument::toolChanged, this, &InventoryModel::toolChanged);
    connect(document, &WorkspaceDocument::toolRemoved, this, &InventoryModel::toolRemoved);
    connect(
        document, &WorkspaceDocument::capabilitiesChanged, this, &InventoryModel::snapshotsChanged);
    connect(document, &WorkspaceDocument::infoChanged, this, &InventoryModel::infoChanged);
    reload();
}

void InventoryModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_cells.currency = m_document->store()->info().currency;
    readProducts();
    for (Tool &tool : m_document->store()->tools()) {
        int row = groupRowOf(tool.categorySlug);
        if (row < 0) {
            Group group;
            group.key = m_nextKey++;
            group.slug = tool.categorySlug;
            group.name = categoryName(tool.categorySlug);
            m_groups.push_back(std::move(group));
            row = int(m_groups.size()) - 1;
        }
        m_groups[size_t(row)].tools.push_back(std::move(tool));
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        return groupBefore(a.slug, a.name, b.slug, b.name);
    });
    for (Group &g : m_groups) {
        std::sort(g.tools.begin(), g.tools.end(), toolBefore);
        g.totals = Totals();
        for (const Tool &t : g.tools)
            add(&g.totals, t);
    }
    endResetModel();
    updateTotals();
}

void InventoryModel::readProducts()
{
    m_cells.products.clear();
    for (const sa::Product &p : m_document->store()->products())
        m_cells.products.insert(p.slug, InventoryCellText::ProductLabel{p.name, p.vendorName});
}

QString InventoryModel::categoryName(const QString &slug) const
{
    const auto it = m_categoryNames.constFind(slug);
    return it != m_categoryNames.constEnd() ? *it : categoryLabelFromSlug(slug);
}

InventoryModel::Totals InventoryModel::totals(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Totals();
    const int row = index.internalId() == 0 ? index.row() : groupRow(index.internalId());
    return row >= 0 ? m_groups[size_t(row)].totals : Totals();
}

int InventoryModel::groupRow(quintptr key) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].key == key)
            return int(i);
    }
    return -1;
}

int InventoryModel::groupRowOf(const QString &slug) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].slug == slug)
            return int(i);
    }
    return -1;
}

int InventoryModel::ensureGroup(const QString &slug)
{
    if (const int row = groupRowOf(slug); row >= 0)
        return row;
    const QString name = categoryName(slug);
    const auto at = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) {
        return groupBefore(slug, name, g.slug, g.name);
    });
    const int row = int(at - m_groups.begin());
    beginInsertRows(QModelIndex(), row, row);
    Group group;
    group.key = m_nextKey++;
    group.slug = slug;
    group.name = name;
    m_groups.insert(at, std::move(group));
    endInsertRows();
    return row;
}

void InventoryModel::dropGroupIfEmpty(int row)
{
    if (!m_groups[size_t(row)].tools.empty())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_groups.erase(m_groups.begin() + row);
    endRemoveRows();
}

int InventoryModel::toolPosition(const Group &group, const Tool &tool) const
{
    const auto at = std::lower_bound(group.tools.begin(), group.tools.end(), tool, toolBefore);
    return int(at - group.tools.begin());
}

bool InventoryModel::locate(ToolId id, int *group, int *row) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<Tool> &tools = m_groups[g].tools;
        for (size_t r = 0; r < tools.size(); ++r) {
            if (tools[r].id == id) {
                *group = int(g);
                *row = int(r);
                return true;
            }
        }
    }
    return false;
}

QModelIndex InventoryModel::groupIndex(int row, int column) const
{
    return createIndex(row, column, quintptr(0));
}

void InventoryModel::groupChanged(int row)
{
    Group &g = m_groups[size_t(row)];
    Totals totals;
    for (const Tool &t : g.tools)
        add(&totals, t);
    if (totals == g.totals)
        return;
    g.totals = totals;
    emit dataChanged(groupIndex(row, 0), groupIndex(row, ColumnCount - 1));
}

void InventoryModel::updateTotals()
{
    Totals totals;
    for (const Group &g : m_groups) {
        totals.tools += g.totals.tools;
        totals.retired += g.totals.retired;
        totals.annualCost += g.totals.annualCost;
        totals.seats += g.totals.seats;
        totals.activeUsers += g.totals.activeUsers;
    }
    if (totals == m_totals)
        return;
    m_totals = totals;
    emit totalsChanged();
}

void InventoryModel::toolAdded(ToolId id)
{
    std::optional<Tool> tool = m_document->store()->tool(id);
    int g = -1, r = -1;
    if (!tool || locate(id, &g, &r))
        return;
    g = ensureGroup(tool->categorySlug);
    Group &group = m_groups[size_t(g)];
    const int row = toolPosition(group, *tool);
    beginInsertRows(groupIndex(g), row, row);
    group.tools.insert(group.tools.begin() + row, std::move(*tool));
    endInsertRows();
    groupChanged(g);
    updateTotals();
}

void InventoryModel::toolRemoved(ToolId id)
{
    int g = -1, r = -1;
    if (!locate(id, &g, &r))
        return;
    beginRemoveRows(groupIndex(g), r, r);
    m_groups[size_t(g)].tools.erase(m_groups[size_t(g)].tools.begin() + r);
    endRemoveRows();
    if (m_groups[size_t(g)].tools.empty())
        dropGroupIfEmpty(g);
    else
        groupChanged(g);
    updateTotals();
}

void InventoryModel::toolChanged(ToolId id)
{
    std::optional<Tool> tool = m_document->store()->tool(id);
    int g = -1, r = -1;
    if (!locate(id, &g, &r)) {
        if (tool)
            toolAdded(id);
        return;
    }
    if (!tool) {
        toolRemoved(id);
        return;
    }
    const quintptr fromKey = m_groups[size_t(g)].key;
    const int to = ensureGroup(tool->categorySlug); // may shift the rows of the groups
    const int from = groupRow(fromKey);
    std::vector<Tool> &source = m_groups[size_t(from)].tools;
    Tool moving = std::move(source[size_t(r)]);
    source.erase(source.begin() + r);
    const int row = toolPosition(m_groups[size_t(to)], *tool);
    if (from != to || row != r) {
        // Put it back for the signal, then move it where it now belongs.
        source.insert(source.begin() + r, std::move(moving));
        const int destination = from == to && row > r ? row + 1 : row;
        beginMoveRows(groupIndex(from), r, r, groupIndex(to), destination);
        source.erase(source.begin() + r);
        std::vector<Tool> &target = m_groups[size_t(to)].tools;
        target.insert(target.begin() + row, std::move(*tool));
        endMoveRows();
    } else {
        source.insert(source.begin() + r, std::move(*tool));
    }
    emit dataChanged(index(row, 0, groupIndex(to)), index(row, ColumnCount - 1, groupIndex(to)));
    const quintptr toKey = m_groups[size_t(to)].key;
    if (from != to) {
        dropGroupIfEmpty(from);
        if (const int fromNow = groupRow(fromKey); fromNow >= 0)
            groupChanged(fromNow);
    }
    groupChanged(groupRow(toKey));
    updateTotals();
}

void InventoryModel::snapshotsChanged()
{
    const QHash<QString, InventoryCellText::ProductLabel> before = m_cells.products;
    readProducts();
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<Tool> &tools = m_groups[g].tools;
        for (size_t r = 0; r < tools.size(); ++r) {
            const QString &slug = tools[r].productSlug;
            if (slug.isEmpty())
                continue;
            const InventoryCellText::ProductLabel was = before.value(slug),
                                                  now = m_cells.products.value(slug);
            if (was.name != now.name || was.vendor != now.vendor) {
                const QModelIndex cell = index(int(r), Product, groupIndex(int(g)));
                emit dataChanged(cell, cell);
            }
        }
    }
}

void InventoryModel::infoChanged()
{
    const QString currency = m_document->store()->info().currency;
    if (currency == m_cells.currency)
        return;
    m_cells.currency = currency;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        emit dataChanged(groupIndex(int(g), AnnualCost), groupIndex(int(g), AnnualCost));
        const int last = int(m_groups[g].tools.size()) - 1;
        emit dataChanged(index(0, AnnualCost, groupIndex(int(g))),
                         index(last, AnnualCost, groupIndex(int(g))));
    }
    emit totalsChanged();
}

QModelIndex InventoryModel::indexOfTool(ToolId id, int column) const
{
    int g = -1, r = -1;
    if (!locate(id, &g, &r))
        return QModelIndex();
    return createIndex(r, column, m_groups[size_t(g)].key);
}

QModelIndex InventoryModel::indexOfCategory(const QString &slug) const
{
    const int row = groupRowOf(slug);
    return row >= 0 ? groupIndex(row) : QModelIndex();
}

const Tool *InventoryModel::tool(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int g = groupRow(index.internalId());
    if (g < 0 || index.row() >= int(m_groups[size_t(g)].tools.size()))
        return nullptr;
    return &m_groups[size_t(g)].tools[size_t(index.row())];
}

ToolId InventoryModel::toolId(const QModelIndex &index) const
{
    const Tool *t = tool(index);
    return t ? t->id : 0;
}

std::vector<Tool> InventoryModel::tools() const
{
    std::vector<Tool> all;
    for (const Group &g : m_groups)
        all.insert(all.end(), g.tools.begin(), g.tools.end());
    return all;
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return groupIndex(row, column);
    return createIndex(row, column, m_groups[size_t(parent.row())].key);
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    const int row = groupRow(child.internalId());
    return row >= 0 ? groupIndex(row) : QModelIndex();
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].tools.size());
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0)
        return flags;
    flags |= Qt::ItemNeverHasChildren;
    if (isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return QVariant();
    if (index.internalId() == 0) {
        if (index.row() >= int(m_groups.size()))
            return QVariant();
        const Group &g = m_groups[size_t(index.row())];
        return m_cells.group(g.slug, g.name, g.totals, index.column(), role);
    }
    const Tool *t = tool(index);
    return t ? m_cells.tool(*t, index.column(), role) : QVariant();
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return InventoryCellText::header(section, orientation, role);
}

bool InventoryModel::applyEdit(Tool *tool, int column, const QVariant &value) const
{
    switch (column) {
    case Name:
        tool->name = value.toString().trimmed();
        return true;
    case AnnualCost:
        tool->annualCost = value.toLongLong();
        return true;
    case Seats:
        tool->seats = value.toInt();
        return true;
    case ActiveUsers:
        tool->activeUsers = value.toInt();
        return true;
    case Owner:
        tool->owner = value.toString().trimmed();
        return true;
    case Team:
        tool->team = value.toString().trimmed();
        return true;
    case ContractEnd:
        tool->contractEnd = value.toDate();
        return true;
    case Status: {
        const int status = value.toInt();
        if (status < int(ToolStatus::Active) || status > int(ToolStatus::Retired))
            return false;
        tool->status = ToolStatus(status);
        return true;
    }
    default:
        return false;
    }
}

bool InventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Tool *current = tool(index);
    if (!current || role != Qt::EditRole || !isEditable(index.column()))
        return false;
    Tool edited = *current;
    if (!applyEdit(&edited, index.column(), value))
        return false;
    if (edited == *current)
        return true;
    const ToolProblems problems = checkTool(edited, tools());
    if (!problems.isEmpty()) {
        emit editRefused(problems.all().first());
        return false;
    }
    const sa::Status status = m_document->editTool(edited); // the store's signal updates the row
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    return true;
}

} // namespace sa
