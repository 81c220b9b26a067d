#pragma once

#include "domain/capability.h"
#include "itemmodels/syncedtablemodel.h"

#include <map>
#include <vector>

namespace sa {

class CatalogueDocument;

// Every capability of the catalogue, ordered by name, for the capability filter and the
// capability manager. Added, renamed and deleted capabilities arrive as row inserts,
// moves, removals and dataChanged.
class CapabilityListModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityListModel)

public:
    enum Column { Name, Subcategory, Description, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the cell's text
        CapabilityIdRole,
    };

    explicit CapabilityListModel(CatalogueDocument *document, QObject *parent = nullptr);

    const Capability &capability(int row) const { return m_rows[size_t(row)]; }
    int rowOf(CapabilityId id) const; // -1 when unknown
    // Reads the capabilities again and applies the differences row by row.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const Capability &capability, int column) const;

    CatalogueDocument *m_document;
    std::vector<Capability> m_rows;
    std::map<CategoryId, QString> m_categoryNames;
};

} // namespace sa
