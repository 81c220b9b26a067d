#pragma once

#include "domain/ids.h"

#include <QAbstractItemModel>

#include <vector>

namespace sa {

class CatalogueDocument;

// The landscape as a tree for the browser's filter: "All products" first, then the six
// categories with their subcategories, each shown with its number of products
// ("Email Marketing (12)"). The taxonomy is fixed; product edits only change counts, which
// arrive as dataChanged on the nodes whose count moved.
class CategoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreeModel)

public:
    enum Column { Name, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the category id; 0 for "All products"
        CountRole,                         // number of products (int)
        NameRole,                          // the name without the count
    };

    explicit CategoryTreeModel(CatalogueDocument *document, QObject *parent = nullptr);

    QModelIndex indexOf(CategoryId id) const; // "All products" for 0; invalid when unknown
    CategoryId categoryId(const QModelIndex &index) const;

    // Reads the taxonomy and the counts again (a reset).
    void reload();
    // Reads the counts again and signals the nodes that changed.
    void refreshCounts();

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        CategoryId id = 0;
        QString name;
        int count = 0;
        int parent = -1; // node index, -1 at the top level
        int row = 0;     // row under its parent
        std::vector<int> children;
    };

    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node) const;
    std::vector<int> countsNow() const;

    CatalogueDocument *m_document;
    std::vector<Node> m_nodes; // node 0 is "All products"
    std::vector<int> m_topLevel;
};

} // namespace sa
