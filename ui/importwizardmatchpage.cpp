#include "importwizardmatchpage.h"

#include "banner.h"
#include "importwizardproductpicker.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "itemmodels/matchreviewmodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

using State = MatchReviewModel::State;

ImportWizardMatchPage::ImportWizardMatchPage(ImportWizardSession *session,
                                             MatchReviewModel *model,
                                             CatalogueStore *catalogue,
                                             QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(model)
    , m_catalogue(catalogue)
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_acceptAll(new QPushButton(tr("&Accept All Suggestions")))
    , m_choiceTitle(new QLabel)
    , m_choiceBox(new QWidget)
    , m_choiceList(new QVBoxLayout)
    , m_choices(new QButtonGroup(this))
    , m_search(new QPushButton(tr("&Other Product…")))
{
    setObjectName(QStringLiteral("importMatchPage"));
    setPageHeading(this,
                   tr("Match to the catalogue"),
                   tr("Each tool is matched to a catalogue product by its name, aliases and "
                      "vendor. Confirm the suggestions, pick another product, or keep a tool "
                      "custom."));

    m_summary->setObjectName(QStringLiteral("matchSummary"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllSuggestionsButton"));
    m_acceptAll->setToolTip(tr("Import every suggested tool with its best candidate"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_acceptAll);

    m_view->setObjectName(QStringLiteral("matchTable"));
    m_view->setModel(model);
    styleTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MatchReviewModel::Product, QHeaderView::Stretch);
    const int widths[] = {48, 160, 100, 0, 100, 104};
    for (int c = 0; c < MatchReviewModel::ColumnCount; ++c) {
        if (widths[c] > 0)
            m_view->setColumnWidth(c, widths[c]);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_view, 3);
    layout->addWidget(createChoices(), 2);

    connect(m_acceptAll, &QPushButton::clicked, this, [this] { m_model->acceptAllSuggestions(); });
    connect(m_search, &QPushButton::clicked, this, &ImportWizardMatchPage::searchCatalogue);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ImportWizardMatchPage::showChoices);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const InventoryMatch &match = m_model->inventoryRow(index.row()).match;
        if (m_model->state(index.row()) == State::Suggested && !match.candidates.empty())
            m_model->decide(index.row(), match.candidates.front().productSlug);
        else
            searchCatalogue();
    });
    connect(m_model, &MatchReviewModel::decisionsChanged, this, [this] {
        updateSummary();
        showChoices();
    });
    connect(m_session, &ImportWizardSession::busyChanged, this, [this] { emit completeChanged(); });
}

QWidget *ImportWizardMatchPage::createChoices()
{
    m_choiceBox->setObjectName(QStringLiteral("matchChoices"));
    m_choiceBox->setAttribute(Qt::WA_StyledBackground);
    m_choiceTitle->setObjectName(QStringLiteral("matchChoiceTitle"));
    m_choiceTitle->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("searchCatalogueButton"));
    auto *layout = new QVBoxLayout(m_choiceBox);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addWidget(m_choiceTitle);
    m_choiceList->setSpacing(4);
    layout->addLayout(m_choiceList);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_choices, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_model->decide(currentRow(), button->property("productSlug").toString());
    });
    return m_choiceBox;
}

void ImportWizardMatchPage::initializePage()
{
    updateSummary();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    showChoices();
}

bool ImportWizardMatchPage::isComplete() const
{
    return !m_session->isBusy();
}

int ImportWizardMatchPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ImportWizardMatchPage::updateSummary()
{
    const int accepted = m_model->countIn({State::Accepted, State::FromFile});
    const int decided = m_model->countIn({State::Confirmed, State::Chosen});
    const int suggested = m_model->countIn({State::Suggested});
    const int custom = m_model->countIn({State::Unmatched, State::Custom});
    QStringList parts;
    parts << tr("<b>%1</b> accepted").arg(accepted);
    if (decided > 0)
        parts << tr("<b>%1</b> chosen by you").arg(decided);
    parts << tr("<b>%1</b> to confirm").arg(suggested);
    parts << tr("<b>%1</b> custom").arg(custom);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    m_acceptAll->setEnabled(suggested > 0);
}

void ImportWizardMatchPage::showChoices()
{
    for (QAbstractButton *button : m_choices->buttons()) {
        m_choices->removeButton(button);
        button->setObjectName(QString());
        button->hide();
        button->deleteLater(); // may be the button whose click led here
    }
    const int row = currentRow();
    m_choiceBox->setEnabled(row >= 0);
    m_search->setEnabled(row >= 0 && m_catalogue);
    if (row < 0) {
        m_choiceTitle->setText(tr("Select a tool to choose its product."));
        return;
    }
    const InventoryRow &r = m_model->inventoryRow(row);
    const QString chosen = m_model->productSlug(row);
    const State state = m_model->state(row);
    m_choiceTitle->setText(
        tr("<b>%1</b> (line %2) is imported as:").arg(r.tool.name.toHtmlEscaped()).arg(r.line));
    const auto add = [this](const QString &text, const QString &slug, const QString &name) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(name);
        radio->setProperty("productSlug", slug);
        m_choices->addButton(radio);
        m_choiceList->addWidget(radio);
        return radio;
    };
    bool checked = false;
    for (size_t i = 0; i < r.match.candidates.size(); ++i) {
        const MatchCandidate &c = r.match.candidates[i];
        QRadioButton *radio = add(tr("%1  ·  %2 %  ·  %3")
                                      .arg(m_model->productLabel(c.productSlug))
                                      .arg(qRound(c.confidence * 100))
                                      .arg(matchReasonName(c.reason)),
                                  c.productSlug,
                                  u"matchChoice-" + QString::number(i));
        if (state != State::Suggested && c.productSlug == chosen && !chosen.isEmpty()) {
            radio->setChecked(true);
            checked = true;
        }
    }
    if (!chosen.isEmpty() && !checked) {
        add(tr("%1  ·  picked from the catalogue").arg(m_model->productLabel(chosen)),
            chosen,
            QStringLiteral("matchChoicePicked"))
            ->setChecked(true);
    }
    QRadioButton *custom = add(tr("A custom tool, with no catalogue product"),
                               QString(),
                               QStringLiteral("matchChoiceCustom"));
    custom->setChecked(chosen.isEmpty() && state != State::Suggested);
    if (state == State::Suggested)
        m_choiceTitle->setText(
            m_choiceTitle->text()
            + tr("<br><span style='color:#7a4b05'>Not confirmed yet: pick a product, or it is "
                 "imported as a custom tool.</span>"));
}

QWidget *ImportWizardMatchPage::searchCatalogue()
{
    const int row = currentRow();
    if (row < 0 || !m_catalogue)
        return nullptr;
    auto *picker
        = new ImportWizardProductPicker(m_catalogue, m_model->inventoryRow(row).tool.name, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const int previewRow = m_model->previewRow(row);
    connect(picker,
            &ImportWizardProductPicker::productPicked,
            this,
            [this, previewRow](const QString &slug) {
                m_model->decide(m_model->rowOfPreviewRow(previewRow), slug);
            });
    picker->open();
    return picker;
}

} // namespace sa
