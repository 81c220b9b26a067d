#include "requirementsadddialog.h"

#include "banner.h"
#include "dialogframe.h"
#include "itemmodels/requirementchoicemodel.h"
#include "itemmodels/requirementlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

RequirementsAddDialog::RequirementsAddDialog(const CapabilityDirectory &directory,
                                             const QSet<QString> &required,
                                             QWidget *parent)
    : QDialog(parent)
    , m_model(new RequirementChoiceModel(directory, required, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(createSearchBox(QStringLiteral("requirementSearch"),
                               tr("Search capabilities by name, subcategory or description")))
    , m_view(new QTableView)
    , m_importance(new QComboBox)
    , m_strength(new QComboBox)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("addRequirementDialog"));
    setWindowTitle(tr("Add Requirements"));
    resize(780, 560);

    const DialogFrame frame = createDialogFrame(
        this,
        tr("Add requirements"),
        tr("Pick the capabilities the company needs; select several with Ctrl or Shift. Each "
           "is required at the importance and minimum strength below."));
    m_add = frame.ok;
    m_add->setObjectName(QStringLiteral("addRequirementsButton"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("capabilityChoiceTable"));
    m_view->setModel(m_proxy);
    styleTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setColumnWidth(RequirementChoiceModel::Capability, 230);
    m_view->setColumnWidth(RequirementChoiceModel::Subcategory, 200);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("requirementChoiceCount"));
    m_count->setProperty("hint", true);

    m_importance->setObjectName(QStringLiteral("newImportanceCombo"));
    m_importance->addItems(RequirementListModel::importanceChoices());
    m_strength->setObjectName(QStringLiteral("newStrengthCombo"));
    m_strength->addItems(RequirementListModel::strengthChoices());
    m_strength->setCurrentIndex(1); // solid: the profiles' usual bar
    auto *importanceLabel = new QLabel(tr("&Importance"));
    importanceLabel->setBuddy(m_importance);
    auto *strengthLabel = new QLabel(tr("&Minimum strength"));
    strengthLabel->setBuddy(m_strength);
    auto *choices = new QHBoxLayout;
    choices->addWidget(importanceLabel);
    choices->addWidget(m_importance);
    choices->addSpacing(16);
    choices->addWidget(strengthLabel);
    choices->addWidget(m_strength);
    choices->addStretch(1);
    choices->addWidget(m_count);

    frame.body->addWidget(m_search);
    frame.body->addWidget(m_view, 1);
    frame.body->addLayout(choices);

    connect(m_search, &QLineEdit::textChanged, this, &RequirementsAddDialog::filter);
    connect(m_view, &QTableView::activated, this, &QDialog::accept);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RequirementsAddDialog::updateState);
    filter(QString());
    m_search->setFocus();
}

void RequirementsAddDialog::filter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    // Typing narrows to the best row, so that Enter adds it.
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0
        && !text.isEmpty())
        m_view->selectRow(0);
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == 1 ? tr("1 capability") : tr("%1 capabilities").arg(shown));
    updateState();
}

std::vector<Requirement> RequirementsAddDialog::requirements() const
{
    std::vector<Requirement> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : rows) {
        Requirement r;
        r.capabilitySlug = row.data(RequirementChoiceModel::CapabilitySlugRole).toString();
        r.importance = Importance(m_importance->currentIndex());
        r.minStrength = m_strength->currentIndex() + 1;
        out.push_back(r);
    }
    return out;
}

void RequirementsAddDialog::updateState()
{
    const auto n = m_view->selectionModel()->selectedRows().size();
    m_add->setEnabled(n > 0);
    m_add->setText(n > 1 ? tr("Add %1 Requirements").arg(n) : tr("Add Requirement"));
}

} // namespace sa
