#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class QTreeView;

namespace sa {

class ImportProblemModel;
class ImportWizardSession;
class InventoryTableModel;

// The wizard's problems: every error and warning of the preview at its FILE:LINE:COLUMN,
// above the file's rows with the cells at fault tinted; clicking a problem shows its cell.
// Errors block the import (the summary page says so and Import stays disabled).
class ImportWizardProblemsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardProblemsPage)

public:
    explicit ImportWizardProblemsPage(ImportWizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Selects the cell of problem row in the file's table.
    void showProblem(int row);

private:
    void sync();

    ImportWizardSession *m_session;
    ImportProblemModel *m_problems;
    InventoryTableModel *m_table;
    QLabel *m_banner;
    QTreeView *m_list;
    QTableView *m_view;
};

} // namespace sa
