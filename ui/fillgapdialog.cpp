#include "fillgapdialog.h"

#include "analysis/stackanalysis.h"
#include "catalogue/cataloguestore.h"
#include "itemmodels/comparisonscoremodel.h"
#include "rankingheaders.h"
#include "theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

constexpr int kPreselected = 3;

} // namespace

FillGapDialog::FillGapDialog(ComparisonInput input,
                             const CatalogueStore *catalogue,
                             QWidget *parent)
    : QDialog(parent)
    , m_input(std::move(input))
    , m_model(new ComparisonScoreModel(this))
    , m_capability(new QComboBox)
    , m_table(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(u"fillGapDialog"_s);
    setWindowTitle(tr("Fill a Gap"));
    resize(820, 520);
    if (catalogue)
        m_input.products = catalogue->allProducts();

    auto *headline = new QLabel(tr("Who fills this gap?"));
    headline->setObjectName(u"dialogHeadline"_s);
    auto *intro = new QLabel(tr("The catalogue's products that have the capability at your "
                                "minimum strength, scored as the comparison scores them."));
    intro->setProperty("hint", true);
    intro->setWordWrap(true);

    // Gaps first, as the analysis finds them; then every capability by name.
    m_capability->setObjectName(u"fillGapCapability"_s);
    m_capability->setEditable(true);
    m_capability->setInsertPolicy(QComboBox::NoInsert);
    m_capability->completer()->setFilterMode(Qt::MatchContains);
    m_capability->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const AnalysisResult analysis = analyzeStack(m_input.stack);
    QStringList listed;
    for (const Gap &g : analysis.gaps) {
        const AnalyzedCapability &c = analysis.capabilities[size_t(g.capability)];
        m_capability->addItem(tr("%1 — a gap (%2)").arg(c.name, importanceName(g.importance)),
                              c.slug);
        listed << c.slug;
    }
    if (!listed.isEmpty())
        m_capability->insertSeparator(m_capability->count());
    if (catalogue) {
        for (const Capability &c : catalogue->capabilities()) {
            if (!listed.contains(c.slug))
                m_capability->addItem(c.name, c.slug);
        }
    }
    m_capability->setCurrentIndex(-1);
    m_capability->lineEdit()->setPlaceholderText(tr("A capability, e.g. “Lead scoring”"));

    m_count->setObjectName(u"fillGapCount"_s);
    m_count->setProperty("hint", true);
    m_table->setObjectName(u"fillGapResults"_s);
    auto *headers = new RankingHeaders(this);
    headers->setSourceModel(m_model);
    m_table->setModel(headers);
    setUpRowTable(m_table, 30);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ComparisonScoreModel::Product, QHeaderView::Stretch);
    m_table->setColumnWidth(ComparisonScoreModel::Rank, 40);
    for (int c = ComparisonScoreModel::Total; c < ComparisonScoreModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, c == ComparisonScoreModel::Total ? 70 : 100);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_replace = buttons->addButton(tr("Compare These"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(u"fillGapCompareButton"_s);
    m_replace->setDefault(true);
    m_add = buttons->addButton(tr("Add to Comparison"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(u"fillGapAddButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replace, &QPushButton::clicked, this, [this] { choose(Use::Replace); });
    connect(m_add, &QPushButton::clicked, this, [this] { choose(Use::Add); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(headline);
    layout->addWidget(intro);
    layout->addWidget(m_capability);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_capability, &QComboBox::currentIndexChanged, this, &FillGapDialog::rank);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &FillGapDialog::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { choose(Use::Replace); });
    rank();
}

void FillGapDialog::setCapability(const QString &slug)
{
    const int index = m_capability->findData(slug);
    if (index >= 0)
        m_capability->setCurrentIndex(index);
}

void FillGapDialog::setCapabilityIndex(int index)
{
    m_capability->setCurrentIndex(index);
}

QString FillGapDialog::capability() const
{
    return m_capability->currentData().toString();
}

int FillGapDialog::candidateCount() const
{
    return m_model->rowCount();
}

QStringList FillGapDialog::selectedSlugs() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList slugs;
    for (int row : rows)
        slugs << m_model->index(row, 0).data(ComparisonScoreModel::SlugRole).toString();
    return slugs;
}

void FillGapDialog::rank()
{
    const QString slug = capability();
    Expected<ComparisonResult> ranked = slug.isEmpty()
                                            ? Expected<ComparisonResult>(ComparisonResult())
                                            : rankGapFillers(m_input, slug);
    m_model->setResult(ranked ? std::move(*ranked) : ComparisonResult());
    const int count = m_model->rowCount();
    if (slug.isEmpty())
        m_count->setText(tr("Choose the capability to fill."));
    else if (!ranked)
        m_count->setText(ranked.error().message);
    else if (count == 0)
        m_count->setText(tr("No product of the catalogue has it at the strength you need."));
    else
        m_count->setText(count == 1 ? tr("1 product has it; it is selected.")
                                    : tr("%1 products have it; the best %2 are selected. "
                                         "Select up to %3 (Ctrl+click).")
                                          .arg(count)
                                          .arg(std::min(count, kPreselected))
                                          .arg(kMaxComparedProducts));
    QItemSelection top;
    for (int row = 0; row < std::min(count, kPreselected); ++row)
        top.select(m_table->model()->index(row, 0),
                   m_table->model()->index(row, ComparisonScoreModel::ColumnCount - 1));
    m_table->selectionModel()->select(top, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

void FillGapDialog::updateButtons()
{
    const qsizetype selected = selectedSlugs().size();
    m_replace->setEnabled(selected > 0 && selected <= kMaxComparedProducts);
    m_add->setEnabled(selected > 0 && selected <= kMaxComparedProducts);
}

void FillGapDialog::choose(Use use)
{
    const QStringList slugs = selectedSlugs();
    if (slugs.isEmpty() || slugs.size() > kMaxComparedProducts)
        return;
    accept();
    emit productsChosen(slugs, use);
}

} // namespace sa
