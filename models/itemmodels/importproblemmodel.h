#pragma once

#include "importproblem.h"

#include <QAbstractTableModel>

namespace sa {

// The wizard's list of an import's errors and warnings (collectImportProblems), errors
// first: the severity, where ("FILE:LINE:COLUMN" as the CLI prints it) and what is wrong.
class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemModel)

public:
    enum Column { Severity, Location, Message, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // severity 2 error / 1 warning; location; message
        TableRowRole,                      // the problem's table row, -1 for none
        TableColumnRole,                   // its table column, -1 for none
    };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(std::vector<ImportProblem> problems);
    const std::vector<ImportProblem> &problems() const { return m_problems; }
    const ImportProblem &problem(int row) const { return m_problems[size_t(row)]; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ImportProblem> m_problems;
};

} // namespace sa
