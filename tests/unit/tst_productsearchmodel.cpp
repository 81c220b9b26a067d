// ProductSearchModel over the real SQLite store built from tests/fixtures/catalogue-small:
// exact rows and cell values, the store's order, and edits arriving as fine-grained
// signals rather than resets.
#include "catalogue/cataloguedocument.h"
#include "itemmodels/productsearchmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestProductSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyQueryListsEveryProductByName();
    void cellsShowTextAndCarryRawValues();
    void textSearchKeepsTheStoreOrder();
    void filters_data();
    void filters();
    void limitCountsEveryMatch();
    void setQueryIsOneReset();
    void editInPlaceIsDataChanged();
    void renameThatReordersIsOneMove();
    void addAndRemoveAreInsertAndRemoveRows();
    void proxySortsOnRawValues();

private:
    QStringList names() const;
    ProductId id(const char *slug) const
    {
        return test::productId(*m_store, QString::fromLatin1(slug));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<ProductSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProductSearchModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::openSmallCatalogue(m_dir->filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(m_store);
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
    m_model = std::make_unique<ProductSearchModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setQuery(SearchQuery{});
}

void TestProductSearchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestProductSearchModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row, ProductSearchModel::Name).data().toString();
    return result;
}

void TestProductSearchModel::emptyQueryListsEveryProductByName()
{
    QCOMPARE(names(),
             QStringList({u"Adobe Analytics"_s,
                          u"Adobe Marketo Engage"_s,
                          u"Brevo"_s,
                          u"Brevo Meetings"_s,
                          u"Data Cloud"_s,
                          u"HubSpot Marketing Hub"_s,
                          u"HubSpot Sales Hub"_s,
                          u"HubSpot Smart CRM"_s,
                          u"Marketing Cloud Account Engagement"_s,
                          u"Marketing Cloud Engagement"_s,
                          u"Real-Time CDP"_s,
                          u"Sales Cloud"_s}));
    QCOMPARE(m_model->totalMatches(), 12);
    QCOMPARE(m_model->columnCount(), 6);
    QCOMPARE(
        m_model->headerData(ProductSearchModel::Price, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Indicative price"));
}

void TestProductSearchModel::cellsShowTextAndCarryRawValues()
{
    const int row = m_model->rowOf(id("hubspot-marketing-hub"));
    QCOMPARE(row, 5);
    const auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(ProductSearchModel::Vendor).toString(), QStringLiteral("HubSpot"));
    QCOMPARE(cell(ProductSearchModel::Subcategory).toString(),
             QStringLiteral("Marketing Automation"));
    QCOMPARE(cell(ProductSearchModel::Segments).toString(), QStringLiteral("SMB · Mid"));
    QCOMPARE(cell(ProductSearchModel::Segments, Qt::ToolTipRole).toString(),
             QStringLiteral("SMB, Mid-market"));
    QCOMPARE(cell(ProductSearchModel::Price).toString(), QStringLiteral("$9.6k – $43.2k / yr"));
    QCOMPARE(cell(ProductSearchModel::Capabilities).toInt(), 5);

    const int raw = ProductSearchModel::UnderlyingDataRole;
    QCOMPARE(cell(ProductSearchModel::Name, raw).toString(),
             QStringLiteral("HubSpot Marketing Hub"));
    QCOMPARE(cell(ProductSearchModel::Segments, raw).toInt(), 3);
    QCOMPARE(cell(ProductSearchModel::Price, raw).toLongLong(), 9600);
    QCOMPARE(cell(ProductSearchModel::Capabilities, raw).toInt(), 5);
    QCOMPARE(cell(ProductSearchModel::Name, ProductSearchModel::ProductIdRole).toLongLong(),
             id("hubspot-marketing-hub"));

    const int quote = m_model->rowOf(id("salesforce-data-cloud"));
    QCOMPARE(m_model->index(quote, ProductSearchModel::Price).data().toString(),
             QStringLiteral("Not published"));
    QVERIFY(!m_model->index(quote, ProductSearchModel::Price).data(raw).isValid());
    QCOMPARE(m_model->index(quote, ProductSearchModel::Segments).data().toString(),
             QStringLiteral("Ent"));
    const int free = m_model->rowOf(id("hubspot-crm"));
    QCOMPARE(m_model->index(free, ProductSearchModel::Price).data().toString(),
             QStringLiteral("Free"));
    QCOMPARE(m_model->index(free, ProductSearchModel::Price).data(raw).toLongLong(), 0);
}

void TestProductSearchModel::textSearchKeepsTheStoreOrder()
{
    SearchQuery query;
    query.text = QStringLiteral("SFDC");
    m_model->setQuery(query);
    // The exact alias first, then the description that mentions it.
    QCOMPARE(names(), QStringList({u"Sales Cloud"_s, u"HubSpot Smart CRM"_s}));
    QCOMPARE(m_model->index(0, 0).data(ProductSearchModel::RelevanceRole).toInt(), 0);
    QCOMPARE(m_model->index(1, 0).data(ProductSearchModel::RelevanceRole).toInt(), 1);

    query.text = QStringLiteral("Marketo");
    m_model->setQuery(query);
    QCOMPARE(names(), QStringList({u"Adobe Marketo Engage"_s}));

    query.text = QStringLiteral("no such thing");
    m_model->setQuery(query);
    QCOMPARE(names(), QStringList());
    QCOMPARE(m_model->totalMatches(), 0);
}

void TestProductSearchModel::filters_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("price");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("subcategory") << "crm"
                                 << ""
                                 << "" << int(PriceFilter::Any)
                                 << QStringList{u"HubSpot Smart CRM"_s, u"Sales Cloud"_s};
    QTest::newRow("category") << "commerce-sales"
                              << ""
                              << "" << int(PriceFilter::Any)
                              << QStringList{u"Brevo Meetings"_s,
                                             u"HubSpot Sales Hub"_s,
                                             u"HubSpot Smart CRM"_s,
                                             u"Sales Cloud"_s};
    QTest::newRow("capability") << ""
                                << "lead-scoring"
                                << "" << int(PriceFilter::Any)
                                << QStringList{u"Adobe Marketo Engage"_s,
                                               u"HubSpot Marketing Hub"_s,
                                               u"Marketing Cloud Account Engagement"_s};
    QTest::newRow("segment") << ""
                             << ""
                             << "smb" << int(PriceFilter::Any)
                             << QStringList{u"Brevo"_s,
                                            u"Brevo Meetings"_s,
                                            u"HubSpot Marketing Hub"_s,
                                            u"HubSpot Sales Hub"_s,
                                            u"HubSpot Smart CRM"_s};
    QTest::newRow("under 5k") << ""
                              << ""
                              << "" << int(PriceFilter::Under5k)
                              << QStringList{u"Brevo"_s,
                                             u"Brevo Meetings"_s,
                                             u"HubSpot Sales Hub"_s,
                                             u"HubSpot Smart CRM"_s,
                                             u"Sales Cloud"_s};
    QTest::newRow("not published") << ""
                                   << ""
                                   << "" << int(PriceFilter::NotPublished)
                                   << QStringList{u"Adobe Analytics"_s,
                                                  u"Data Cloud"_s,
                                                  u"Marketing Cloud Engagement"_s,
                                                  u"Real-Time CDP"_s};
    QTest::newRow("combined") << "content-experience"
                              << "email-campaigns"
                              << "smb" << int(PriceFilter::Any)
                              << QStringList{u"Brevo"_s, u"HubSpot Marketing Hub"_s};
}

void TestProductSearchModel::filters()
{
    QFETCH(QString, category);
    QFETCH(QString, capability);
    QFETCH(QString, segment);
    QFETCH(int, price);
    QFETCH(QStringList, expected);

    SearchQuery query;
    query.categoryId = category.isEmpty() ? 0 : test::categoryId(*m_store, category);
    query.capabilityId = capability.isEmpty() ? 0 : test::capabilityId(*m_store, capability);
    query.segment = segment;
    query.price = PriceFilter(price);
    m_model->setQuery(query);
    QCOMPARE(names(), expected);
    QCOMPARE(m_model->totalMatches(), expected.size());
}

void TestProductSearchModel::limitCountsEveryMatch()
{
    SearchQuery query;
    query.limit = 5;
    m_model->setQuery(query);
    QCOMPARE(names(),
             QStringList({u"Adobe Analytics"_s,
                          u"Adobe Marketo Engage"_s,
                          u"Brevo"_s,
                          u"Brevo Meetings"_s,
                          u"Data Cloud"_s}));
    QCOMPARE(m_model->totalMatches(), 12);
}

void TestProductSearchModel::setQueryIsOneReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy results(m_model.get(), &ProductSearchModel::resultsChanged);
    SearchQuery query;
    query.segment = QStringLiteral("enterprise");
    m_model->setQuery(query);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(results.count(), 1);
    QCOMPARE(m_model->rowCount(), 7);
}

void TestProductSearchModel::editInPlaceIsDataChanged()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    Product brevo = *m_store->product(id("brevo"));
    brevo.segments = QStringList{u"smb"_s, u"mid-market"_s};
    QVERIFY(m_document->editProduct(brevo).ok());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(2, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             m_model->index(2, ProductSearchModel::ColumnCount - 1));
    QCOMPARE(m_model->index(2, ProductSearchModel::Segments).data().toString(),
             QStringLiteral("SMB · Mid"));
}

void TestProductSearchModel::renameThatReordersIsOneMove()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Product brevo = *m_store->product(id("brevo"));
    brevo.name = QStringLiteral("Zeta Mail");
    QVERIFY(m_document->editProduct(brevo).ok());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 2);  // from row 2
    QCOMPARE(moved.first().at(4).toInt(), 12); // to the end
    QCOMPARE(names().last(), QStringLiteral("Zeta Mail"));
    QCOMPARE(names().at(2), QStringLiteral("Brevo Meetings"));

    m_document->undoStack()->undo();
    QCOMPARE(moved.count(), 2);
    QCOMPARE(names().at(2), QStringLiteral("Brevo"));
}

void TestProductSearchModel::addAndRemoveAreInsertAndRemoveRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy results(m_model.get(), &ProductSearchModel::resultsChanged);

    Product added;
    added.name = QStringLiteral("Customer.io");
    added.vendorName = QStringLiteral("Customer.io");
    added.categoryId = test::categoryId(*m_store, QStringLiteral("email-marketing"));
    const Expected<ProductId> addedId = m_document->addProduct(added);
    QVERIFY(addedId.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 4); // after "Brevo Meetings"
    QCOMPARE(m_model->rowOf(*addedId), 4);
    QCOMPARE(m_model->totalMatches(), 13);
    QCOMPARE(results.count(), 1);

    QVERIFY(m_document->removeProduct(id("adobe-analytics")).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QCOMPARE(m_model->totalMatches(), 12);
    QCOMPARE(names().first(), QStringLiteral("Adobe Marketo Engage"));

    m_document->undoStack()->undo(); // the deletion
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(names().first(), QStringLiteral("Adobe Analytics"));
    m_document->undoStack()->undo(); // the addition
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->rowCount(), 12);
}

void TestProductSearchModel::proxySortsOnRawValues()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ProductSearchModel::UnderlyingDataRole);
    proxy.sort(ProductSearchModel::Price, Qt::AscendingOrder);
    QStringList byPrice;
    for (int row = 0; row < proxy.rowCount(); ++row)
        byPrice << proxy.index(row, ProductSearchModel::Name).data().toString();
    // Numbers, not text ("$144" < "$300" < "$1.1k"), and "Not published" last.
    QCOMPARE(byPrice.mid(0, 8),
             QStringList({u"HubSpot Smart CRM"_s,
                          u"Brevo Meetings"_s,
                          u"Brevo"_s,
                          u"HubSpot Sales Hub"_s,
                          u"Sales Cloud"_s,
                          u"HubSpot Marketing Hub"_s,
                          u"Marketing Cloud Account Engagement"_s,
                          u"Adobe Marketo Engage"_s}));
    QCOMPARE(QSet<QString>(byPrice.begin() + 8, byPrice.end()),
             QSet<QString>({u"Adobe Analytics"_s,
                            u"Data Cloud"_s,
                            u"Marketing Cloud Engagement"_s,
                            u"Real-Time CDP"_s}));
}

QTEST_GUILESS_MAIN(TestProductSearchModel)
#include "tst_productsearchmodel.moc"
