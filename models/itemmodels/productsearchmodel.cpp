#include "productsearchmodel.h"

#include "catalogue/cataloguedocument.h"
#include "itemmodels/cataloguetext.h"

namespace sa {

ProductSearchModel::ProductSearchModel(CatalogueDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    connect(document, &CatalogueDocument::productAdded, this, &ProductSearchModel::refresh);
    connect(document, &CatalogueDocument::productChanged, this, &ProductSearchModel::refresh);
    connect(document, &CatalogueDocument::productRemoved, this, &ProductSearchModel::refresh);
    connect(document, &CatalogueDocument::capabilityAdded, this, &ProductSearchModel::refresh);
    connect(document, &CatalogueDocument::capabilityChanged, this, &ProductSearchModel::refresh);
    connect(document, &CatalogueDocument::capabilityRemoved, this, &ProductSearchModel::refresh);
}

void ProductSearchModel::setQuery(const SearchQuery &query)
{
    SearchResult result = m_document->store()->search(query);
    beginResetModel();
    m_query = query;
    m_rows = std::move(result.rows);
    m_totalMatches = result.totalMatches;
    endResetModel();
    emit resultsChanged();
}

ProductId ProductSearchModel::productId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int ProductSearchModel::rowOf(ProductId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

void ProductSearchModel::refresh()
{
    SearchResult result = m_document->store()->search(m_query);
    const int total = result.totalMatches;
    applyRows(std::move(result.rows));
    m_totalMatches = total;
    emit resultsChanged();
}

void ProductSearchModel::applyRows(std::vector<ProductSummary> next)
{
    syncRows(m_rows, std::move(next), [](const ProductSummary &row) { return row.id; });
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const ProductSummary &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Price && row.price.isKnown()) {
            return tr("Indicative price: %1\n%2").arg(row.price.display(), row.price.basis);
        }
        if (index.column() == Segments)
            return segmentsLabel(row.segments);
        return index.column() == Name ? QVariant(row.name) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Capabilities)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case UnderlyingDataRole:
        return underlyingData(row, index.column());
    case ProductIdRole:
        return row.id;
    case RelevanceRole:
        return index.row();
    default:
        return QVariant();
    }
}

QVariant ProductSearchModel::displayData(const ProductSummary &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Vendor:
        return row.vendorName;
    case Subcategory:
        return row.categoryName;
    case Segments:
        return segmentsShortLabel(row.segments);
    case Price:
        return row.price.isKnown() ? row.price.display() : tr("Not published");
    case Capabilities:
        return row.capabilityCount;
    default:
        return QVariant();
    }
}

QVariant ProductSearchModel::underlyingData(const ProductSummary &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Vendor:
        return row.vendorName;
    case Subcategory:
        return row.categoryName;
    case Segments:
        return segmentRank(row.segments);
    case Price:
        return row.price.isKnown() ? QVariant(row.price.low) : QVariant();
    case Capabilities:
        return row.capabilityCount;
    default:
        return QVariant();
    }
}

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        return section == Price || section == Capabilities
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Product");
    case Vendor:
        return tr("Vendor");
    case Subcategory:
        return tr("Subcategory");
    case Segments:
        return tr("Segments");
    case Price:
        return tr("Indicative price");
    case Capabilities:
        return tr("Capabilities");
    default:
        return QVariant();
    }
}

} // namespace sa
