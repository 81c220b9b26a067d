#pragma once

#include "importproblem.h"
#include "io/csvtable.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sa {

// The rows of an import file as read (CsvTable), for the wizard's previews: the physical
// line first, then the file's own columns, whose number depends on the file (file column c
// is model column FirstFileColumn + c). Cells with a problem are tinted (red for errors,
// amber for warnings) and say why in their tool tip; rows the engine skips (a totals row)
// are greyed. rowLimit caps the rows shown, for the first page's glance at the file.
class InventoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTableModel)

public:
    enum Column { Line, FirstFileColumn };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the line (int), else the cell's text
        ProblemRole,                       // 2 error, 1 warning, 0 none
    };

    explicit InventoryTableModel(QObject *parent = nullptr);

    // rowLimit 0 shows every row.
    void setTable(const CsvTable &table,
                  const std::vector<ImportProblem> &problems = {},
                  const std::vector<bool> &skipped = {},
                  int rowLimit = 0);
    const CsvTable &table() const { return m_table; }
    int fileRowCount() const { return m_table.rowCount(); }
    // The model index of a table cell; the Line cell for column -1; invalid when not shown.
    QModelIndex cellIndex(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Marks
    {
        int level = 0;
        QStringList messages;
    };
    static qint64 key(int row, int column) { return (qint64(row) << 32) | quint32(column); }
    const Marks *marks(int row, int column) const;

    CsvTable m_table;
    QHash<qint64, Marks> m_marks; // by (row, table column); column -1 for the row
    std::vector<bool> m_skipped;
    int m_rows = 0;
};

} // namespace sa
