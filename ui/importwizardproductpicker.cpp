#include "importwizardproductpicker.h"

#include "banner.h"
#include "catalogue/cataloguedocument.h"
#include "itemmodels/productsearchmodel.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

ImportWizardProductPicker::ImportWizardProductPicker(CatalogueStore *catalogue,
                                                     const QString &toolName,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_document(std::make_unique<CatalogueDocument>(catalogue))
    , m_model(new ProductSearchModel(m_document.get(), this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("productPicker"));
    setWindowTitle(tr("Pick a Catalogue Product"));
    resize(760, 520);

    auto *headline = new QLabel(tr("Which product is “%1”?").arg(toolName));
    headline->setObjectName(QStringLiteral("dialogHeadline"));
    auto *intro = new QLabel(tr("Search the catalogue by product, vendor, alias or capability. "
                                "The tool keeps its name, cost and contract from the file."));
    intro->setProperty("hint", true);
    intro->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("productPickerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search the catalogue"));
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setText(toolName);

    m_view->setObjectName(QStringLiteral("productPickerTable"));
    m_view->setModel(m_model);
    styleTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(ProductSearchModel::Name,
                                                     QHeaderView::Stretch);
    m_view->setColumnHidden(ProductSearchModel::Capabilities, true);
    m_view->setColumnHidden(ProductSearchModel::Segments, true);
    m_view->setColumnWidth(ProductSearchModel::Vendor, 120);
    m_view->setColumnWidth(ProductSearchModel::Subcategory, 180);
    m_view->setColumnWidth(ProductSearchModel::Price, 150);
    m_count->setObjectName(QStringLiteral("productPickerCount"));
    m_count->setProperty("hint", true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use This Product"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(headline);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ImportWizardProductPicker::search);
    connect(m_view, &QTableView::activated, this, &QDialog::accept);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ImportWizardProductPicker::updateState);
    connect(this, &QDialog::accepted, this, [this] {
        if (!productSlug().isEmpty())
            emit productPicked(productSlug());
    });
    search();
    m_search->selectAll();
    m_search->setFocus();
}

ImportWizardProductPicker::~ImportWizardProductPicker() = default;

void ImportWizardProductPicker::search()
{
    SearchQuery query;
    query.text = m_search->text();
    query.limit = ResultLimit;
    m_model->setQuery(query);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    const int total = m_model->totalMatches();
    m_count->setText(total == 0   ? tr("No products match. Try fewer words.")
                     : total == 1 ? tr("1 product")
                                  : tr("%1 products").arg(total));
    updateState();
}

QString ImportWizardProductPicker::productSlug() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const ProductId id = m_model->productId(rows.first().row());
    const std::optional<Product> product = m_document->store()->product(id);
    return product ? product->slug : QString();
}

void ImportWizardProductPicker::updateState()
{
    m_ok->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty());
}

} // namespace sa
