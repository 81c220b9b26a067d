#include "categorytreemodel.h"

#include "catalogue/cataloguedocument.h"

#include <QFont>

#include <map>

namespace sa {

CategoryTreeModel::CategoryTreeModel(CatalogueDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &CatalogueDocument::productAdded, this, &CategoryTreeModel::refreshCounts);
    connect(document, &CatalogueDocument::productChanged, this, &CategoryTreeModel::refreshCounts);
    connect(document, &CatalogueDocument::productRemoved, this, &CategoryTreeModel::refreshCounts);
    reload();
}

void CategoryTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_nodes.push_back({0, tr("All products"), 0, -1, 0, {}});
    m_topLevel.push_back(0);

    std::map<CategoryId, int> nodeOfCategory;
    const std::vector<Category> categories = m_document->store()->categories();
    for (const Category &c : categories) {
        if (!c.isTopLevel())
            continue;
        nodeOfCategory[c.id] = int(m_nodes.size());
        m_nodes.push_back({c.id, c.name, 0, -1, int(m_topLevel.size()), {}});
        m_topLevel.push_back(int(m_nodes.size()) - 1);
    }
    for (const Category &c : categories) {
        const auto parent = nodeOfCategory.find(c.parentId);
        if (c.isTopLevel() || parent == nodeOfCategory.end())
            continue;
        Node &p = m_nodes[size_t(parent->second)];
        const int row = int(p.children.size());
        p.children.push_back(int(m_nodes.size()));
        m_nodes.push_back({c.id, c.name, 0, parent->second, row, {}});
    }
    const std::vector<int> counts = countsNow();
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].count = counts[i];
    endResetModel();
}

std::vector<int> CategoryTreeModel::countsNow() const
{
    const std::map<CategoryId, int> counts = m_document->store()->productCounts();
    std::vector<int> result;
    result.reserve(m_nodes.size());
    for (const Node &node : m_nodes) {
        if (node.id == 0) {
            result.push_back(m_document->store()->stats().products);
            continue;
        }
        const auto found = counts.find(node.id);
        result.push_back(found == counts.end() ? 0 : found->second);
    }
    return result;
}

void CategoryTreeModel::refreshCounts()
{
    const std::vector<int> counts = countsNow();
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].count == counts[i])
            continue;
        m_nodes[i].count = counts[i];
        const QModelIndex changed = indexOfNode(int(i));
        emit dataChanged(changed, changed, {Qt::DisplayRole, CountRole});
    }
}

QModelIndex CategoryTreeModel::indexOf(CategoryId id) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return indexOfNode(int(i));
    }
    return QModelIndex();
}

CategoryId CategoryTreeModel::categoryId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->id : 0;
}

const CategoryTreeModel::Node *CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex CategoryTreeModel::indexOfNode(int node) const
{
    return createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node *p = nodeOf(parent);
    const std::vector<int> &children = p ? p->children : m_topLevel;
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return QModelIndex();
    return indexOfNode(node->parent);
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(node->name).arg(node->count);
    case Qt::ToolTipRole:
        if (node->count == 1)
            return tr("1 product in %1").arg(node->name);
        return tr("%1 products in %2").arg(node->count).arg(node->name);
    case Qt::FontRole:
        if (node->parent < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case UnderlyingDataRole:
        return node->id;
    case CountRole:
        return node->count;
    case NameRole:
        return node->name;
    default:
        return QVariant();
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Name)
        return tr("Category");
    return QVariant();
}

} // namespace sa
