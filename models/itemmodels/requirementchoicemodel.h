#pragma once

#include "capabilitydirectory.h"

#include <QAbstractTableModel>
#include <QSet>

namespace sa {

// The capabilities a workspace could add as requirements (the workspace's and the
// catalogue's, CapabilityDirectory), without those it already requires, ordered by name,
// for the Add Requirement dialog. A snapshot taken when the dialog opens: the dialog is
// modal, so nothing changes under it.
class RequirementChoiceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementChoiceModel)

public:
    enum Column { Capability, Subcategory, Description, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the cell's text
        CapabilitySlugRole,
    };

    RequirementChoiceModel(const CapabilityDirectory &directory,
                           const QSet<QString> &required,
                           QObject *parent = nullptr);

    const sa::Capability &capability(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &slug) const; // -1 when not offered

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<sa::Capability> m_rows;
    std::vector<QString> m_subcategories;
};

} // namespace sa
