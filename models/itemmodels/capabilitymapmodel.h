#pragma once

#include "capabilitycoverage.h"
#include "domain/category.h"
#include "domain/tool.h"

#include <QAbstractItemModel>

#include <vector>

namespace sa {

// The capability map as a tree: landscape categories, their subcategories, and under
// them each capability the workspace knows (what its tools cover and what it requires),
// with its coverage and the tools covering it. Categories and subcategories without
// capabilities are left out; capabilities filed under no known subcategory go under
// "Other". Every analysis replaces the tree in one reset: it is rebuilt from the result.
class CapabilityMapModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMapModel)

public:
    enum Column { Name, CoverageColumn, Tools, ColumnCount };
    enum Role {
        // Name: the name; Coverage: the Coverage as int (capabilities only); Tools: how many
        UnderlyingDataRole = Qt::UserRole,
        KindRole,     // Kind as int, on every column
        SlugRole,     // the category's or capability's slug
        CoverageRole, // Coverage as int, capabilities only
        ToolIdsRole,  // QList<qint64> of the covering tools, strongest first
    };
    enum class Kind { Category, Subcategory, Capability };

    explicit CapabilityMapModel(QObject *parent = nullptr);

    // categories: the catalogue's, top-level ones first (CatalogueStore::categories()).
    void setCategories(std::vector<Category> categories);
    void setAnalysis(const AnalysisResult &result);

    QModelIndex indexOf(const QString &capabilitySlug) const; // invalid when not shown
    int count(Coverage coverage) const;                       // capabilities with it

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
        Kind kind = Kind::Category;
        QString slug;
        QString name;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        Coverage coverage = Coverage::NotRequired;
        QStringList toolNames; // "Alpha Mail (3)"
        QList<qint64> toolIds;
    };

    static Node makeNode(Kind kind, const QString &slug, const QString &name);
    int addNode(Node node, int parent);
    void rebuild(const AnalysisResult &result);
    const Node *nodeOf(const QModelIndex &index) const;
    QVariant value(const Node &node, int column) const;

    std::vector<Category> m_categories;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace sa
