#pragma once

#include "catalogue/searchquery.h"
#include "domain/ids.h"
#include "itemmodels/syncedtablemodel.h"

namespace sa {

class CatalogueDocument;

// The catalogue browser's results: the rows CatalogueStore::search returns for one query,
// in the store's relevance order. setQuery() starts a new result set (a reset); edits to
// the catalogue re-run the query and arrive as row inserts, moves, removals and
// dataChanged, so that a view keeps its selection. Sort through a proxy on
// UnderlyingDataRole: prices sort on the low end (not published after every price).
class ProductSearchModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSearchModel)

public:
    enum Column { Name, Vendor, Subcategory, Segments, Price, Capabilities, ColumnCount };
    enum Role {
        // Raw value of the cell: name and vendor text, segment rank (int, see
        // segmentRank), price low end (qint64; null when not published), capability count.
        UnderlyingDataRole = Qt::UserRole,
        ProductIdRole,
        RelevanceRole, // the store's rank: 0 is the best match
    };

    explicit ProductSearchModel(CatalogueDocument *document, QObject *parent = nullptr);

    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    int totalMatches() const { return m_totalMatches; }
    ProductId productId(int row) const;
    int rowOf(ProductId id) const; // -1 when not shown

    // Runs the query again and applies the differences row by row.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The rows or the total number of matches changed (after setQuery or refresh).
    void resultsChanged();

private:
    QVariant displayData(const ProductSummary &row, int column) const;
    QVariant underlyingData(const ProductSummary &row, int column) const;
    void applyRows(std::vector<ProductSummary> next);

    CatalogueDocument *m_document;
    SearchQuery m_query;
    std::vector<ProductSummary> m_rows;
    int m_totalMatches = 0;
};

} // namespace sa
