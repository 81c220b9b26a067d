#pragma once

#include "io/inventorypreview.h"

#include <QAbstractTableModel>

namespace sa {

// The wizard's column mapping: one row per column of the file with a few of its values and
// the field it feeds (or Ignore), as the last preview resolved it. Editing the field does
// not change the model: it emits mappingsEdited() with the "Header=field" list the import
// should use next, and the model shows the outcome once the next preview arrives (so a
// cancelled re-preview leaves it as it was). Picking a field another column was mapped to
// by the user moves the field: that column becomes ignored; a column that only guessed
// the field loses it to the user's choice (InventoryColumns) and gets it back when the
// choice changes, so stepping through the fields with the arrow keys changes no other
// column for good.
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingModel)

public:
    enum Column { Header, Sample, Field, ColumnCount };
    enum Role {
        // Header and sample text; for Field the field's index in the mode's field list,
        // or -1 when ignored (Qt::EditRole gives the choice index: 0 Ignore, then fields).
        UnderlyingDataRole = Qt::UserRole,
        ChoicesRole, // Field: QStringList of the choices, "Ignore" first
    };
    static constexpr int SampleValues = 3;

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // mappings: the user's choices the preview was made with.
    void setPreview(const InventoryPreview &preview, const QStringList &mappings);
    const QStringList &mappings() const { return m_mappings; }
    QStringList choices() const;
    // The mapping list after choosing choice (0 Ignore, else a field) for a column.
    QStringList mappingsWith(int column, int choice) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void mappingsEdited(const QStringList &mappings);

private:
    struct Row
    {
        QString header;
        QString sample;
        int field = -1;
        bool byUser = false;
        QString note; // why it is ignored, from the preview's infos
    };
    const std::vector<InventoryFieldSpec> &fields() const;
    QString fieldKey(int field) const;

    InventoryMode m_mode = InventoryMode::Tools;
    std::vector<Row> m_rows;
    QStringList m_mappings;
};

} // namespace sa
