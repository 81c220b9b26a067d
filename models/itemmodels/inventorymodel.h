#pragma once

#include "domain/category.h"
#include "inventorycelltext.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace sa {

class WorkspaceDocument;

// The inventory as a tree: one row per category (the tool's subcategory, by name, with
// "Uncategorised" last) holding its tools by name. Category rows carry their totals and
// totals() those of the whole workspace; retired tools are listed but not counted in
// cost, seats or users. The model follows the document's change signals with exact
// inserts, moves, removals and dataChanged (a tool whose category changes moves to its
// new group), so that views keep their selection and expanded groups. setData() turns an
// inline edit into an undoable document command and never writes the store; a refused
// edit says why through editRefused(). Sort through a proxy on UnderlyingDataRole, so
// money and dates sort as numbers.
class InventoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column {
        Name,
        Product, // "Product · Vendor" for catalogue tools, the vendor for custom ones
        AnnualCost,
        Seats,
        ActiveUsers,
        Utilization,
        Owner,
        Team,
        ContractEnd,
        NoticeDeadline,
        Status,
        ColumnCount
    };
    enum Role {
        // The raw value of a cell: text; cents (qint64); seats and users (int, -1 when not
        // recorded); utilization (double, -1 when unknown); dates (QDate, null when
        // unknown); status (int, ToolStatus). Category rows: the name, the number of
        // tools (Product column) and the sums of cost, seats and users.
        UnderlyingDataRole = Qt::UserRole,
        ToolIdRole,         // qint64; 0 on category rows
        IsGroupRole,        // bool
        SystemOfRecordRole, // bool: the tool is a hub
        CategorySlugRole,   // the subcategory slug, on both kinds of row
    };

    using Totals = InventoryTotals;

    // categories names the subcategory slugs (the catalogue's); unknown slugs read as
    // words. The document must outlive the model.
    InventoryModel(WorkspaceDocument *document,
                   std::vector<Category> categories,
                   QObject *parent = nullptr);

    WorkspaceDocument *document() const { return m_document; }
    QString currency() const { return m_cells.currency; }
    const Totals &totals() const { return m_totals; }
    Totals totals(const QModelIndex &index) const; // a category row's, or its tool's category
    QString categoryName(const QString &slug) const;

    QModelIndex indexOfTool(ToolId id, int column = Name) const;
    QModelIndex indexOfCategory(const QString &slug) const;
    ToolId toolId(const QModelIndex &index) const; // 0 for category rows
    const Tool *tool(const QModelIndex &index) const;
    std::vector<Tool> tools() const; // every tool, in model order

    // Reads everything again (a reset).
    void reload();

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void totalsChanged();
    // An inline edit was not saved: why, for the status bar.
    void editRefused(const QString &message);

private:
    struct Group
    {
        quintptr key = 0; // stable while the group lives: the internal id of its tools
        QString slug;
        QString name;
        std::vector<Tool> tools;
        Totals totals;
    };

    int groupRow(quintptr key) const;
    int groupRowOf(const QString &slug) const;
    int ensureGroup(const QString &slug);
    void dropGroupIfEmpty(int row);
    int toolPosition(const Group &group, const Tool &tool) const;
    bool locate(ToolId id, int *group, int *row) const;
    QModelIndex groupIndex(int row, int column = Name) const;
    void groupChanged(int row);
    void updateTotals();
    void readProducts();

    void toolAdded(ToolId id);
    void toolChanged(ToolId id);
    void toolRemoved(ToolId id);
    void snapshotsChanged();
    void infoChanged();

    bool applyEdit(Tool *tool, int column, const QVariant &value) const;

    WorkspaceDocument *m_document;
    QHash<QString, QString> m_categoryNames;
    std::vector<Group> m_groups;
    quintptr m_nextKey = 1;
    Totals m_totals;
    InventoryCellText m_cells; // the currency and the product snapshots' names
};

} // namespace sa
