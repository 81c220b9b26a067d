#include "capabilitymapmodel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sa {

CapabilityMapModel::Node
CapabilityMapModel::makeNode(Kind kind, const QString &slug, const QString &name)
{
    Node node;
    node.kind = kind;
    node.slug = slug;
    node.name = name;
    return node;
}

CapabilityMapModel::CapabilityMapModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CapabilityMapModel::setCategories(std::vector<Category> categories)
{
    m_categories = std::move(categories);
}

void CapabilityMapModel::setAnalysis(const AnalysisResult &result)
{
    beginResetModel();
    rebuild(result);
    endResetModel();
}

int CapabilityMapModel::addNode(Node node, int parent)
{
    const int id = int(m_nodes.size());
    node.parent = parent;
    std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void CapabilityMapModel::rebuild(const AnalysisResult &result)
{
    m_nodes.clear();
    m_roots.clear();
    const CapabilityCoverage cover(result);
    // Capabilities by subcategory slug, each list by name.
    QHash<QString, std::vector<CapabilityIndex>> bySubcategory;
    for (CapabilityIndex c = 0; c < CapabilityIndex(result.capabilities.size()); ++c)
        bySubcategory[result.capabilities[size_t(c)].categorySlug].push_back(c);
    for (auto &list : bySubcategory) {
        std::sort(list.begin(), list.end(), [&result](CapabilityIndex a, CapabilityIndex b) {
            return result.capabilityBefore(a, b);
        });
    }
    const auto addCapabilities = [&](const std::vector<CapabilityIndex> &list, int parent) {
        for (const CapabilityIndex c : list) {
            const AnalyzedCapability &capability = result.capabilities[size_t(c)];
            Node node = makeNode(Kind::Capability, capability.slug, capability.name);
            node.coverage = cover.coverage[size_t(c)];
            for (const CoveringTool &t : cover.tools[size_t(c)]) {
                const AnalyzedTool &tool = result.tools[size_t(t.tool)];
                node.toolNames << tool.name + u" (" + QString::number(t.strength) + u')';
                node.toolIds << tool.id;
            }
            addNode(std::move(node), parent);
        }
    };

    QHash<QString, int> topNode;
    for (const Category &top : m_categories) {
        if (!top.isTopLevel())
            continue;
        int node = -1;
        for (const Category &sub : m_categories) {
            if (sub.parentSlug != top.slug)
                continue;
            const auto found = bySubcategory.constFind(sub.slug);
            if (found == bySubcategory.constEnd())
                continue;
            if (node < 0)
                node = addNode(makeNode(Kind::Category, top.slug, top.name), -1);
            addCapabilities(*found, addNode(makeNode(Kind::Subcategory, sub.slug, sub.name), node));
            bySubcategory.remove(sub.slug);
        }
    }
    // Whatever is left is filed under no subcategory the catalogue has.
    std::vector<CapabilityIndex> other;
    for (const auto &list : std::as_const(bySubcategory))
        other.insert(other.end(), list.begin(), list.end());
    if (!other.empty()) {
        std::sort(other.begin(), other.end(), [&result](CapabilityIndex a, CapabilityIndex b) {
            return result.capabilityBefore(a, b);
        });
        const int node = addNode(makeNode(Kind::Category, QString(), tr("Other")), -1);
        addCapabilities(other,
                        addNode(makeNode(Kind::Subcategory, QString(), tr("Unfiled")), node));
    }
}

QModelIndex CapabilityMapModel::indexOf(const QString &capabilitySlug) const
{
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes[n];
        if (node.kind == Kind::Capability && node.slug == capabilitySlug)
            return createIndex(node.row, 0, quintptr(n + 1));
    }
    return {};
}

int CapabilityMapModel::count(Coverage coverage) const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [coverage](const Node &n) {
        return n.kind == Kind::Capability && n.coverage == coverage;
    }));
}

const CapabilityMapModel::Node *CapabilityMapModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() > m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId() - 1)];
}

QModelIndex CapabilityMapModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *p = nodeOf(parent);
    if (parent.isValid() && (!p || parent.column() != 0))
        return {};
    const std::vector<int> &children = p ? p->children : m_roots;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)] + 1));
}

QModelIndex CapabilityMapModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent + 1));
}

int CapabilityMapModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int CapabilityMapModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CapabilityMapModel::value(const Node &node, int column) const
{
    switch (column) {
    case Name:
        return node.name;
    case CoverageColumn:
        return node.kind == Kind::Capability ? QVariant(int(node.coverage)) : QVariant();
    default:
        return node.kind == Kind::Capability ? QVariant(int(node.toolIds.size())) : QVariant();
    }
}

QVariant CapabilityMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool capability = node->kind == Kind::Capability;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return node->name;
        if (!capability)
            return {};
        return index.column() == CoverageColumn ? coverageName(node->coverage)
                                                : node->toolNames.join(u", ");
    case UnderlyingDataRole:
        return value(*node, index.column());
    case KindRole:
        return int(node->kind);
    case SlugRole:
        return node->slug;
    case CoverageRole:
        return capability ? QVariant(int(node->coverage)) : QVariant();
    case ToolIdsRole:
        return capability ? QVariant::fromValue(node->toolIds) : QVariant();
    default:
        return {};
    }
}

QVariant CapabilityMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Capability");
    case CoverageColumn:
        return tr("Coverage");
    case Tools:
        return tr("Tools");
    default:
        return {};
    }
}

} // namespace sa
