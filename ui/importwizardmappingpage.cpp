#include "importwizardmappingpage.h"

#include "banner.h"
#include "choicedelegate.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "itemmodels/columnmappingmodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ColumnMappingModel(this))
    , m_view(new QTableView)
    , m_dateBox(new QFrame)
    , m_dateQuestion(new QLabel)
    , m_dateOrder(new QComboBox)
    , m_errors(createBanner(QStringLiteral("mappingErrors")))
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setPageHeading(this,
                   tr("Match the columns"),
                   tr("Each column of the file feeds one field, or is ignored. StackAtlas guessed "
                      "from the headers; change any guess and the rows are read again."));

    m_view->setObjectName(QStringLiteral("mappingTable"));
    m_view->setModel(m_model);
    styleTable(m_view, 34);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(
        ColumnMappingModel::Field,
        new ChoiceDelegate(ColumnMappingModel::ChoicesRole, QStringLiteral("fieldCombo-"), this));
    m_view->setColumnWidth(ColumnMappingModel::Header, 220);
    m_view->setColumnWidth(ColumnMappingModel::Field, 220);
    m_view->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Sample,
                                                     QHeaderView::Stretch);

    m_dateBox->setObjectName(QStringLiteral("dateOrderBox"));
    m_dateQuestion->setObjectName(QStringLiteral("dateOrderQuestion"));
    m_dateQuestion->setWordWrap(true);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->setPlaceholderText(tr("Choose the order…"));
    m_dateOrder->addItem(tr("Month first: 03/04/2027 is March 4, 2027"),
                         int(DateOrder::MonthFirst));
    m_dateOrder->addItem(tr("Day first: 03/04/2027 is 3 April 2027"), int(DateOrder::DayFirst));
    auto *dateLayout = new QHBoxLayout(m_dateBox);
    dateLayout->setContentsMargins(12, 10, 12, 10);
    dateLayout->addWidget(m_dateQuestion, 1);
    dateLayout->addWidget(m_dateOrder);

    m_note->setObjectName(QStringLiteral("mappingNote"));
    m_note->setProperty("hint", true);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_errors);
    layout->addWidget(m_dateBox);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_model, &ColumnMappingModel::mappingsEdited, this, [this](const QStringList &m) {
        InventoryOptions o = m_session->options();
        o.mappings = m;
        m_session->remap(o, m_session->modeChosen());
    });
    connect(m_dateOrder, &QComboBox::activated, this, &ImportWizardMappingPage::dateOrderEdited);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportWizardMappingPage::openEditors);
    connect(m_session, &ImportWizardSession::previewChanged, this, &ImportWizardMappingPage::sync);
    connect(m_session, &ImportWizardSession::cancelled, this, &ImportWizardMappingPage::sync);
    // The combos stay live while a preview runs: each pick replaces the running one.
    connect(m_session, &ImportWizardSession::busyChanged, this, [this] { emit completeChanged(); });
}

void ImportWizardMappingPage::initializePage()
{
    sync();
}

void ImportWizardMappingPage::openEditors()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, ColumnMappingModel::Field));
}

bool ImportWizardMappingPage::hasRows() const
{
    const InventoryPreview &preview = m_session->preview();
    if (preview.mode == InventoryMode::Requirements)
        return !preview.requirements.empty();
    return std::any_of(
        preview.rows.begin(), preview.rows.end(), [](const InventoryRow &r) { return !r.skipped; });
}

bool ImportWizardMappingPage::isComplete() const
{
    const InventoryPreview &preview = m_session->preview();
    const bool dateAnswered
        = !preview.dateOrderNeeded || m_session->options().dateOrder != DateOrder::Unknown;
    return !m_session->isBusy() && hasRows() && dateAnswered;
}

void ImportWizardMappingPage::dateOrderEdited(int index)
{
    InventoryOptions o = m_session->options();
    o.dateOrder = DateOrder(m_dateOrder->itemData(index).toInt());
    if (o.dateOrder != m_session->options().dateOrder)
        m_session->remap(o, m_session->modeChosen());
}

void ImportWizardMappingPage::sync()
{
    const InventoryPreview &preview = m_session->preview();
    const InventoryOptions &options = m_session->options();
    m_model->setPreview(preview, options.mappings);

    // Asked while the file cannot tell, and kept in view once answered.
    const bool ask = preview.dateOrderNeeded || options.dateOrder != DateOrder::Unknown;
    m_dateBox->setVisible(ask);
    m_dateBox->setProperty("answered", options.dateOrder != DateOrder::Unknown);
    m_dateBox->style()->unpolish(m_dateBox);
    m_dateBox->style()->polish(m_dateBox);
    m_dateQuestion->setText(
        options.dateOrder == DateOrder::Unknown
            ? tr("<b>Which order are the dates in?</b> Every date in the file has a day of 12 "
                 "or less, so 03/04/2027 could be March 4 or 3 April.")
            : tr("<b>Dates are read %1.</b> Every date in the file has a day of 12 or less, "
                 "so the file cannot tell by itself.")
                  .arg(dateOrderName(options.dateOrder)));
    {
        const QSignalBlocker blocker(m_dateOrder);
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(options.dateOrder)));
    }

    QString errors;
    if (!hasRows() && m_session->hasTable()) {
        errors = preview.errors.isEmpty() ? tr("There are no rows below the header to import.")
                                          : preview.errors.join(u'\n');
    }
    showBanner(m_errors, BannerKind::Error, errors);
    int ignored = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ColumnMappingModel::Field)
                .data(ColumnMappingModel::UnderlyingDataRole)
                .toInt()
            < 0)
            ++ignored;
    }
    m_note->setText(ignored == 0 ? tr("Every column is imported.")
                    : ignored == 1
                        ? tr("1 column is ignored: it is not imported.")
                        : tr("%1 columns are ignored: they are not imported.").arg(ignored));
    emit completeChanged();
}

} // namespace sa
