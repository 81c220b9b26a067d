#include "productpickerdialog.h"

#include "catalogue/cataloguedocument.h"
#include "itemmodels/productsearchmodel.h"
#include "theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

ProductPickerDialog::ProductPickerDialog(CatalogueDocument *catalogue, QWidget *parent)
    : QDialog(parent)
    , m_model(new ProductSearchModel(catalogue, this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_detail(new QLabel)
{
    setObjectName(QStringLiteral("productPicker"));
    setWindowTitle(tr("Add from Catalogue"));
    resize(760, 560);

    auto *headline = new QLabel(tr("Which product is it?"));
    headline->setObjectName(QStringLiteral("dialogHeadline"));
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(
        tr("Product, vendor, a name people type (“SFDC”) or a capability"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_count->setObjectName(QStringLiteral("pickerCount"));
    m_count->setProperty("hint", true);

    m_table->setObjectName(QStringLiteral("pickerResults"));
    m_table->setModel(m_model);
    setUpRowTable(m_table, 30);
    for (int column : {ProductSearchModel::Segments, ProductSearchModel::Capabilities})
        m_table->hideColumn(column);
    m_table->horizontalHeader()->setSectionResizeMode(ProductSearchModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(ProductSearchModel::Vendor, 140);
    m_table->setColumnWidth(ProductSearchModel::Subcategory, 170);
    m_table->setColumnWidth(ProductSearchModel::Price, 140);

    m_detail->setObjectName(QStringLiteral("pickerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setMinimumHeight(40);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("Add to Inventory"));
    m_add->setObjectName(QStringLiteral("pickerAddButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductPickerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(headline);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(30);
    connect(&m_searchTimer, &QTimer::timeout, this, &ProductPickerDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ProductPickerDialog::showCurrent);
    connect(m_table, &QTableView::activated, this, &ProductPickerDialog::accept);
    // Down from the search box goes to the results, as in a browser's address bar.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        flushSearch();
        if (currentProductId())
            accept();
    });
    runSearch();
    m_search->setFocus();
}

void ProductPickerDialog::flushSearch()
{
    if (m_searchTimer.isActive())
        runSearch();
}

void ProductPickerDialog::search(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void ProductPickerDialog::runSearch()
{
    m_searchTimer.stop();
    SearchQuery query;
    query.text = m_search->text();
    query.limit = ResultLimit;
    m_model->setQuery(query);
    const QLocale locale;
    const int total = m_model->totalMatches();
    if (total == 0)
        m_count->setText(tr("No product matches. Not in the catalogue? Add it as a custom "
                            "tool instead."));
    else if (m_model->rowCount() < total)
        m_count->setText(tr("The best %1 of %2 matches")
                             .arg(locale.toString(m_model->rowCount()), locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 product") : tr("%1 products").arg(total));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showCurrent();
}

ProductId ProductPickerDialog::currentProductId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->productId(current.row()) : 0;
}

void ProductPickerDialog::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    m_add->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString name = current.siblingAtColumn(ProductSearchModel::Name).data().toString();
    const QString vendor = current.siblingAtColumn(ProductSearchModel::Vendor).data().toString();
    const QString category
        = current.siblingAtColumn(ProductSearchModel::Subcategory).data().toString();
    m_detail->setText(
        tr("<b>%1</b> by %2, filed under %3. The tool takes its name, category "
           "and capabilities; you fill in cost, seats and contract.")
            .arg(name.toHtmlEscaped(), vendor.toHtmlEscaped(), category.toHtmlEscaped()));
}

bool ProductPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            flushSearch();
            QApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProductPickerDialog::accept()
{
    flushSearch();
    const ProductId id = currentProductId();
    if (!id)
        return;
    QDialog::accept();
    emit productPicked(id);
}

} // namespace sa
