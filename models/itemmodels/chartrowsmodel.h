#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <vector>

namespace sa {

// The shape every dashboard data set shares, so that the chart factory (ui/charts) binds
// each through a Qt Charts model mapper and the report and slides read the same rows.
// Qt Charts' mappers read Qt::DisplayRole and need numbers there: a value column's
// DisplayRole is a double (money in whole currency units, shares in percent) or a QDate
// (the mappers turn dates into epoch milliseconds). The raw value (cents as qint64, the
// utilization as a fraction) is UnderlyingDataRole, the text a reader sees
// ("$12,300.00", "45 %", "Mar 2027") TextRole and the tooltip. Each row names the tools
// behind it (ToolIdsRole), which a click on its chart element selects. Subclasses fill
// the rows; every refresh is one reset, as the mappers rebuild their series on it anyway.
class ChartRowsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartRowsModel)

public:
    enum Role {
        UnderlyingDataRole = Qt::UserRole,
        ToolIdsRole, // QList<qint64>: the tools behind the row
        TextRole,    // QString: the value as a reader sees it
        DetailsRole, // QStringList: one line per tool, for tooltips and slides
    };

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QList<qint64> toolIds(int row) const;
    QString label(int row) const; // column 0's text

protected:
    struct Cell
    {
        QVariant display;
        QVariant underlying;
        QString text;
    };
    struct Row
    {
        std::vector<Cell> cells; // one per column
        QList<qint64> toolIds;
        QStringList details;
    };

    ChartRowsModel(QStringList headers, QObject *parent);
    void setRows(std::vector<Row> rows); // one reset
    static Cell moneyCell(qint64 cents, const QString &currency);
    static Cell countCell(int count);

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace sa
