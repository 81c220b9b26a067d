// CapabilityListModel over the small fixture catalogue: rows by name with their
// subcategory, and capability commands arriving as inserts, moves and removals.
#include "catalogue/cataloguedocument.h"
#include "itemmodels/capabilitylistmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCapabilityListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAreCapabilitiesByName();
    void addIsOneInsertAtItsPlace();
    void renameIsOneMove();
    void removeIsOneRemovalAndUndoBringsItBack();

private:
    QStringList names() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<CapabilityListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCapabilityListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openSmallCatalogue(m_dir->filePath(u"catalogue.sqlite"_s));
    QVERIFY(m_store);
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
    m_model = std::make_unique<CapabilityListModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCapabilityListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestCapabilityListModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row, CapabilityListModel::Name).data().toString();
    return result;
}

void TestCapabilityListModel::rowsAreCapabilitiesByName()
{
    QCOMPARE(names(),
             QStringList({u"Audience segmentation"_s,
                          u"Contact management"_s,
                          u"Email campaign sending"_s,
                          u"Email template design"_s,
                          u"Identity resolution"_s,
                          u"Lead scoring"_s,
                          u"Marketing workflows"_s,
                          u"Multi-touch attribution"_s,
                          u"Pipeline management"_s,
                          u"Sales sequences"_s,
                          u"Web analytics"_s}));
    QCOMPARE(m_model->columnCount(), 3);
    const QModelIndex scoring = m_model->index(5, CapabilityListModel::Subcategory);
    QCOMPARE(scoring.data().toString(), u"Marketing Automation"_s);
    QCOMPARE(scoring.data(CapabilityListModel::UnderlyingDataRole).toString(),
             u"Marketing Automation"_s);
    QCOMPARE(m_model->index(5, CapabilityListModel::Description).data().toString(),
             u"Rank leads by fit and engagement."_s);
    QCOMPARE(scoring.data(CapabilityListModel::CapabilityIdRole).toLongLong(),
             test::capabilityId(*m_store, u"lead-scoring"_s));
    QCOMPARE(m_model->rowOf(test::capabilityId(*m_store, u"web-analytics"_s)), 10);
}

void TestCapabilityListModel::addIsOneInsertAtItsPlace()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Capability churn;
    churn.name = u"Churn prediction"_s;
    churn.categoryId = test::categoryId(*m_store, u"cdp"_s);
    churn.categorySlug = u"cdp"_s;
    const Expected<CapabilityId> id = m_document->addCapability(churn);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(names().at(1), u"Churn prediction"_s);
    QCOMPARE(m_model->index(1, CapabilityListModel::Subcategory).data().toString(),
             u"Customer Data Platform"_s);
}

void TestCapabilityListModel::renameIsOneMove()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Capability scoring = *m_document->capability(test::capabilityId(*m_store, u"lead-scoring"_s));
    scoring.name = u"Predictive lead scoring"_s;
    QVERIFY(m_document->editCapability(scoring).ok());

    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(names().at(5), u"Marketing workflows"_s);
    QCOMPARE(names().at(8), u"Predictive lead scoring"_s);
}

void TestCapabilityListModel::removeIsOneRemovalAndUndoBringsItBack()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const CapabilityId id = test::capabilityId(*m_store, u"email-templates"_s);
    QVERIFY(m_document->removeCapability(id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->rowOf(id), -1);

    m_document->undoStack()->undo();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowOf(id), 3);
    QCOMPARE(names().at(3), u"Email template design"_s);
}

QTEST_GUILESS_MAIN(TestCapabilityListModel)
#include "tst_capabilitylistmodel.moc"
