// CategoryTreeModel over the small fixture catalogue: the exact tree with counts, ids in
// UnderlyingDataRole, and product edits arriving as dataChanged on the nodes whose count
// moved (never a reset).
#include "catalogue/cataloguedocument.h"
#include "itemmodels/categorytreemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCategoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void treeShowsCategoriesWithCounts();
    void nodesCarryIds();
    void removingAProductChangesThreeCounts();
    void movingAProductBetweenSubcategories();

private:
    QStringList texts(const QModelIndex &parent = QModelIndex()) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<CategoryTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCategoryTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openSmallCatalogue(m_dir->filePath(u"catalogue.sqlite"_s));
    QVERIFY(m_store);
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
    m_model = std::make_unique<CategoryTreeModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCategoryTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestCategoryTreeModel::texts(const QModelIndex &parent) const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        result << m_model->index(row, 0, parent).data().toString();
    return result;
}

void TestCategoryTreeModel::treeShowsCategoriesWithCounts()
{
    QCOMPARE(texts(),
             QStringList({u"All products (12)"_s,
                          u"Content & Experience (5)"_s,
                          u"Commerce & Sales (4)"_s,
                          u"Data (3)"_s}));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(texts(m_model->index(1, 0)),
             QStringList({u"Email Marketing (2)"_s, u"Marketing Automation (3)"_s}));
    QCOMPARE(texts(m_model->index(2, 0)), QStringList({u"CRM (2)"_s, u"Sales Automation (2)"_s}));
    QCOMPARE(texts(m_model->index(3, 0)),
             QStringList({u"Web Analytics (1)"_s, u"Customer Data Platform (2)"_s}));
    QCOMPARE(m_model->columnCount(), 1);
    const QModelIndex email = m_model->index(0, 0, m_model->index(1, 0));
    QCOMPARE(email.data(CategoryTreeModel::NameRole).toString(), u"Email Marketing"_s);
    QCOMPARE(email.data(CategoryTreeModel::CountRole).toInt(), 2);
    QCOMPARE(email.data(Qt::ToolTipRole).toString(), u"2 products in Email Marketing"_s);
}

void TestCategoryTreeModel::nodesCarryIds()
{
    const CategoryId crm = test::categoryId(*m_store, u"crm"_s);
    const QModelIndex index = m_model->indexOf(crm);
    QCOMPARE(index.data().toString(), u"CRM (2)"_s);
    QCOMPARE(index.data(CategoryTreeModel::UnderlyingDataRole).toLongLong(), crm);
    QCOMPARE(m_model->categoryId(index), crm);
    QCOMPARE(index.parent(), m_model->index(2, 0));
    QCOMPARE(m_model->indexOf(0), m_model->index(0, 0));
    QCOMPARE(m_model->categoryId(m_model->index(0, 0)), 0);
    QVERIFY(!m_model->indexOf(987654).isValid());
}

void TestCategoryTreeModel::removingAProductChangesThreeCounts()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_document->removeProduct(test::productId(*m_store, u"brevo"_s)).ok());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 3); // All products, Content & Experience, Email Marketing
    QSet<QString> changedTexts;
    for (const QList<QVariant> &args : changed)
        changedTexts << args.at(0).toModelIndex().data().toString();
    QCOMPARE(
        changedTexts,
        QSet<QString>(
            {u"All products (11)"_s, u"Content & Experience (4)"_s, u"Email Marketing (1)"_s}));

    m_document->undoStack()->undo();
    QCOMPARE(changed.count(), 6);
    QCOMPARE(texts().first(), u"All products (12)"_s);
    QCOMPARE(texts(m_model->index(1, 0)).first(), u"Email Marketing (2)"_s);
}

void TestCategoryTreeModel::movingAProductBetweenSubcategories()
{
    Product brevo = *m_store->productBySlug(u"brevo"_s);
    brevo.categoryId = test::categoryId(*m_store, u"crm"_s);
    brevo.categorySlug = u"crm"_s;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->editProduct(brevo).ok());

    QCOMPARE(changed.count(), 4); // two subcategories and their two categories
    QCOMPARE(texts(),
             QStringList({u"All products (12)"_s,
                          u"Content & Experience (4)"_s,
                          u"Commerce & Sales (5)"_s,
                          u"Data (3)"_s}));
    QCOMPARE(texts(m_model->index(2, 0)), QStringList({u"CRM (3)"_s, u"Sales Automation (2)"_s}));
}

// QTEST_MAIN: the model answers Qt::FontRole, which needs a QGuiApplication.
QTEST_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
