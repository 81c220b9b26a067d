#include "optimizedialog.h"

#include "moneyedit.h"
#include "workspace/workspacestore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa {

namespace {

bool nameTaken(const WorkspaceStore &store, const QString &name)
{
    for (const Scenario &s : store.scenarios()) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString freeScenarioName(const WorkspaceStore &store, const QString &base)
{
    QString name = base;
    for (int n = 2; nameTaken(store, name); ++n)
        name = base + u' ' + QString::number(n);
    return name;
}

OptimizeDialog::OptimizeDialog(const WorkspaceStore &store,
                               QDate today,
                               const QStringList &uncoverable,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_defaults(planOptions(store))
{
    setObjectName(QStringLiteral("optimizeDialog"));
    setWindowTitle(tr("Optimize the Stack"));
    setMinimumWidth(540);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The optimizer finds the cheapest stack over the horizon that "
                                "still covers every must requirement, and keeps it as a "
                                "scenario you can edit."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(freeScenarioName(store, tr("Optimized plan")), this);
    m_name->setObjectName(QStringLiteral("scenarioNameEdit"));
    addField(form, tr("Scenario &name:"), m_name, QString());

    auto *budgetRow = new QWidget(this);
    auto *budgetLayout = new QHBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    m_budgetOn = new QCheckBox(tr("at most"), budgetRow);
    m_budgetOn->setObjectName(QStringLiteral("budgetCheck"));
    m_budget = new MoneyEdit(budgetRow);
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_budget->setCurrency(m_defaults.currency);
    m_budget->setEnabled(false);
    m_budget->setSuffix(tr(" a year"));
    budgetLayout->addWidget(m_budgetOn);
    budgetLayout->addWidget(m_budget, 1);
    connect(m_budgetOn, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    addField(form,
             tr("&Budget:"),
             budgetRow,
             tr("A cap on the annual cost of the stack after the plan"));

    m_keep = new QListWidget(this);
    m_keep->setObjectName(QStringLiteral("keepList"));
    m_keep->setMaximumHeight(120);
    for (const Tool &t : store.tools()) {
        if (!t.isActive())
            continue;
        auto *item = new QListWidgetItem(t.name, m_keep);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    addField(form, tr("Always &keep:"), m_keep, tr("Tools the plan may not retire"));

    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("excludeEdit"));
    m_exclude->setPlaceholderText(tr("Product names, separated by commas"));
    addField(form, tr("Never &add:"), m_exclude, tr("Catalogue products the plan may not add"));

    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(1, 120);
    m_horizon->setValue(m_defaults.horizonMonths);
    m_horizon->setSuffix(tr(" months"));
    addField(form, tr("&Horizon:"), m_horizon, QString());

    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addField(form, tr("&Starting on:"), m_start, tr("The first day of the horizon"));

    m_maxVendors = new QSpinBox(this);
    m_maxVendors->setObjectName(QStringLiteral("maxVendorsSpin"));
    m_maxVendors->setRange(0, 999);
    m_maxVendors->setSpecialValueText(tr("No limit"));
    m_maxVendors->setValue(std::max(0, m_defaults.maxVendors));
    addField(form, tr("At most &vendors:"), m_maxVendors, QString());

    m_requireHub = new QCheckBox(tr("Every kept tool integrates with a kept hub"), this);
    m_requireHub->setObjectName(QStringLiteral("requireHubCheck"));
    m_requireHub->setChecked(m_defaults.requireHub);
    addField(form, QString(), m_requireHub, QString());

    m_penalty = new MoneyEdit(this);
    m_penalty->setObjectName(QStringLiteral("penaltyEdit"));
    m_penalty->setCurrency(m_defaults.currency);
    m_penalty->setCents(m_defaults.shouldPenalty);
    addField(form,
             tr("&Penalty per open should:"),
             m_penalty,
             tr("What leaving a should requirement uncovered counts as, over the horizon"));

    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setObjectName(QStringLiteral("timeLimitSpin"));
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setValue(m_defaults.timeLimitSeconds);
    m_timeLimit->setSuffix(tr(" s"));
    addField(form,
             tr("&Time limit:"),
             m_timeLimit,
             tr("The optimizer stops here with the best plan so far and its gap"));

    if (!uncoverable.isEmpty()) {
        m_leaveOut = new QCheckBox(tr("Plan without the %n must requirements nothing can cover",
                                      nullptr,
                                      int(uncoverable.size())),
                                   this);
        m_leaveOut->setObjectName(QStringLiteral("leaveOutCheck"));
        m_leaveOut->setChecked(true);
        addField(form,
                 QString(),
                 m_leaveOut,
                 tr("No tool and no catalogue product with a price meets them: %1. With them "
                    "in, no plan exists.")
                     .arg(uncoverable.join(QStringLiteral(", "))));
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("optimizeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Optimize"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("runOptimizeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OptimizeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void OptimizeDialog::addField(QFormLayout *form,
                              const QString &label,
                              QWidget *field,
                              const QString &tip)
{
    if (!tip.isEmpty())
        field->setToolTip(tip);
    if (label.isEmpty())
        form->addRow(field);
    else
        form->addRow(label, field);
}

PlanOptions OptimizeDialog::options() const
{
    PlanOptions o = m_defaults;
    o.start = m_start->date();
    o.horizonMonths = m_horizon->value();
    if (m_budgetOn->isChecked())
        o.budget = m_budget->cents();
    o.maxVendors = m_maxVendors->value() == 0 ? -1 : m_maxVendors->value();
    o.requireHub = m_requireHub->isChecked();
    o.shouldPenalty = m_penalty->cents();
    o.timeLimitSeconds = m_timeLimit->value();
    for (int i = 0; i < m_keep->count(); ++i) {
        if (m_keep->item(i)->checkState() == Qt::Checked)
            o.keep << m_keep->item(i)->text();
    }
    for (const QString &part : m_exclude->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            o.exclude << part.trimmed();
    }
    return o;
}

bool OptimizeDialog::leavesOutUncoverable() const
{
    return m_leaveOut && m_leaveOut->isChecked();
}

QString OptimizeDialog::scenarioName() const
{
    return m_name->text().trimmed();
}

void OptimizeDialog::accept()
{
    QString problem;
    if (scenarioName().isEmpty())
        problem = tr("The plan needs a scenario name.");
    else if (nameTaken(m_store, scenarioName()))
        problem = tr("A scenario named “%1” already exists.").arg(scenarioName());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sa
