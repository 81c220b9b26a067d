#pragma once

#include "planning/planoptions.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sa {

class MoneyEdit;
class WorkspaceStore;

// Optimize…: the planner's options as `stackatlas-cli plan` takes them (budget cap, tools
// always kept, products never added, horizon, start, vendor cap, hub links, should
// penalty, time limit) and the name of the scenario the plan becomes. Starts from the
// workspace's planner settings; checks what it can before accepting (a name that is
// free). Running the plan is the caller's.
class OptimizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptimizeDialog)

public:
    // today: the default start of the horizon; uncoverable: the names of the must
    // requirements nothing can cover (uncoverableMusts), offered to leave out.
    OptimizeDialog(const WorkspaceStore &store,
                   QDate today,
                   const QStringList &uncoverable = {},
                   QWidget *parent = nullptr);

    PlanOptions options() const;
    QString scenarioName() const;
    bool leavesOutUncoverable() const;

    void accept() override;

private:
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &tip);

    const WorkspaceStore &m_store;
    PlanOptions m_defaults;
    QLineEdit *m_name;
    QCheckBox *m_budgetOn;
    MoneyEdit *m_budget;
    QListWidget *m_keep;
    QLineEdit *m_exclude;
    QSpinBox *m_horizon;
    QDateEdit *m_start;
    QSpinBox *m_maxVendors;
    QCheckBox *m_requireHub;
    MoneyEdit *m_penalty;
    QDoubleSpinBox *m_timeLimit;
    QCheckBox *m_leaveOut = nullptr;
    QLabel *m_error;
};

// "Optimized plan", else "Optimized plan 2", 3, ...: a name no scenario has yet.
QString freeScenarioName(const WorkspaceStore &store, const QString &base);

} // namespace sa
