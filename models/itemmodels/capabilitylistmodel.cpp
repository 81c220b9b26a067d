#include "capabilitylistmodel.h"

#include "catalogue/cataloguedocument.h"

namespace sa {

CapabilityListModel::CapabilityListModel(CatalogueDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    for (const Category &c : document->store()->categories())
        m_categoryNames[c.id] = c.name;
    m_rows = document->store()->capabilities();
    connect(document, &CatalogueDocument::capabilityAdded, this, &CapabilityListModel::refresh);
    connect(document, &CatalogueDocument::capabilityChanged, this, &CapabilityListModel::refresh);
    connect(document, &CatalogueDocument::capabilityRemoved, this, &CapabilityListModel::refresh);
}

int CapabilityListModel::rowOf(CapabilityId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

void CapabilityListModel::refresh()
{
    syncRows(m_rows, m_document->store()->capabilities(), [](const Capability &c) { return c.id; });
}

int CapabilityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapabilityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapabilityListModel::text(const Capability &capability, int column) const
{
    switch (column) {
    case Name:
        return capability.name;
    case Subcategory: {
        const auto found = m_categoryNames.find(capability.categoryId);
        return found == m_categoryNames.end() ? capability.categorySlug : found->second;
    }
    case Description:
        return capability.description;
    default:
        return QString();
    }
}

QVariant CapabilityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Capability &c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case UnderlyingDataRole:
        return text(c, index.column());
    case Qt::ToolTipRole:
        return c.description;
    case CapabilityIdRole:
        return c.id;
    default:
        return QVariant();
    }
}

QVariant CapabilityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Capability");
    case Subcategory:
        return tr("Subcategory");
    case Description:
        return tr("Description");
    default:
        return QVariant();
    }
}

} // namespace sa
