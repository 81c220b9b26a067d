#include "importwizardproductpicker.h"

#include "banner.h"
#include "catalogue/cataloguedocument.h"
#include "dialogframe.h"
#include "itemmodels/productsearchmodel.h"

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
    , m_search(createSearchBox(QStringLiteral("productPickerSearch"), tr("Search the catalogue")))
    , m_view(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("productPicker"));
    setWindowTitle(tr("Pick a Catalogue Product"));
    resize(760, 520);

    const DialogFrame frame
        = createDialogFrame(this,
                            tr("Which product is “%1”?").arg(toolName),
                            tr("Search the catalogue by product, vendor, alias or capability. "
                               "The tool keeps its name, cost and contract from the file."));
    m_ok = frame.ok;
    m_ok->setText(tr("Use This Product"));
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

    frame.body->addWidget(m_search);
    frame.body->addWidget(m_view, 1);
    frame.body->addWidget(m_count);

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
