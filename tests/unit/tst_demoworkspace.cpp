// The demo workspace over the shipped catalogue: what data/samples holds, counted by hand
// from the CSV files (84 rows; the "Annual Cost (USD)" column sums to $2,979,587.00; 81
// active, 2 trial, 1 retiring; 2 systems of record; the b2b-mid-size profile's 38
// requirements and the sample's 36 cover 50 capabilities, 24 of them in both).
#include "store/cataloguefile.h"
#include "store/demoworkspace.h"
#include "store/sqliteworkspacefiles.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sa;
using namespace Qt::StringLiterals;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheSampleCompany();
    void requirementsFromTheProfileAndTheSample();
    void opensTheExistingDemoAsItIs();
    void rebuildsAMissingOrDamagedDemo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_catalogue;
};

void TestDemoWorkspace::initTestCase()
{
    qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
    qunsetenv("STACKATLAS_SHIPPED_PROFILES");
    m_dir = std::make_unique<QTemporaryDir>();
    OpenedCatalogue opened = openCatalogue(m_dir->filePath(u"catalogue.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_catalogue = std::move(opened.store);
}

void TestDemoWorkspace::buildsTheSampleCompany()
{
    const QString path = m_dir->filePath(u"build/demo.stackatlas"_s);
    OpenedWorkspace demo = DemoWorkspace::create(path, *m_catalogue);
    QVERIFY2(demo.ok(), qPrintable(demo.message));
    const std::vector<Tool> tools = demo.store->tools();
    QCOMPARE(tools.size(), size_t(84));
    Cents total = 0;
    int trial = 0, retiring = 0, hubs = 0;
    for (const Tool &t : tools) {
        total += t.annualCost;
        trial += t.status == ToolStatus::Trial;
        retiring += t.status == ToolStatus::Retiring;
        hubs += t.systemOfRecord;
    }
    QCOMPARE(total, Cents(297'958'700));
    QCOMPARE(trial, 2);
    QCOMPARE(retiring, 1);
    QCOMPARE(hubs, 2);
    QCOMPARE(tools.front().name, u"Adobe Creative Cloud for teams"_s);
    QCOMPARE(tools.back().name, u"ZoomInfo SalesOS Advanced"_s);

    const auto named = [&](const QString &name) {
        return *std::find_if(
            tools.begin(), tools.end(), [&](const Tool &t) { return t.name == name; });
    };
    // "SFDC Sales Cloud Enterprise" is matched to the catalogue's Sales Cloud by its alias.
    QCOMPARE(named(u"SFDC Sales Cloud Enterprise"_s).productSlug, u"salesforce-sales-cloud"_s);
    // The internal lead router has no product: it stays a custom tool.
    QVERIFY(named(u"NB Lead Router (internal)"_s).isCustom());
    const Tool adobe = named(u"Adobe Creative Cloud for teams"_s);
    QCOMPARE(adobe.annualCost, Cents(3'150'000));
    QCOMPARE(adobe.seats, 35);
    QCOMPARE(adobe.activeUsers, 29);
    QCOMPARE(adobe.contractEnd, QDate(2027, 11, 15));
    QCOMPARE(adobe.noticeDays, 30);

    const WorkspaceInfo info = demo.store->info();
    QCOMPARE(info.company, u"Northbeam"_s);
    QCOMPARE(info.currency, u"USD"_s);
    QCOMPARE(info.profile, u"b2b-mid-size"_s);
}

void TestDemoWorkspace::requirementsFromTheProfileAndTheSample()
{
    const Expected<WorkspaceImport> content = DemoWorkspace::content(*m_catalogue);
    QVERIFY2(content.ok(), content.ok() ? "" : qPrintable(content.error().message));
    const std::vector<Requirement> &all = content->requirements;
    QCOMPARE(all.size(), size_t(50));
    const auto find = [&](const QString &slug) {
        return *std::find_if(
            all.begin(), all.end(), [&](const Requirement &r) { return r.capabilitySlug == slug; });
    };
    // In both: the sample's "B2B intent data,must,3" replaces the profile's "should 2".
    QCOMPARE(find(u"intent-data"_s), (Requirement{u"intent-data"_s, Importance::Must, 3}));
    // Only in the profile.
    QCOMPARE(find(u"form-builder"_s), (Requirement{u"form-builder"_s, Importance::Must, 2}));
    // Only in the sample ("SSO" is the capability's alias).
    QCOMPARE(find(u"single-sign-on"_s), (Requirement{u"single-sign-on"_s, Importance::Must, 2}));
}

void TestDemoWorkspace::opensTheExistingDemoAsItIs()
{
    const QString path = m_dir->filePath(u"again/demo.stackatlas"_s);
    SqliteWorkspaceFiles files(m_catalogue.get(), path);
    ToolId firstId = 0;
    {
        WorkspaceOpening first = files.openDemo(false);
        QVERIFY2(first.ok(), qPrintable(first.message));
        const Tool removed = first.store->tools().front();
        firstId = first.store->tools().at(1).id;
        QVERIFY(first.store->removeTool(removed.id).ok()); // the user's own edit to the demo
    }
    const QByteArray before = test::fileBytes(path);
    WorkspaceOpening second = files.openDemo(false);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.store->tools().size(), size_t(83));
    QCOMPARE(second.store->tools().front().id, firstId);
    second.store.reset();
    QCOMPARE(test::fileBytes(path), before);
}

void TestDemoWorkspace::rebuildsAMissingOrDamagedDemo()
{
    const QString path = m_dir->filePath(u"damaged/demo.stackatlas"_s);
    SqliteWorkspaceFiles files(m_catalogue.get(), path);
    QVERIFY(files.openDemo(false).ok());
    {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(QByteArray(4096, 'x'));
    }
    WorkspaceOpening rebuilt = files.openDemo(false);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.message));
    QCOMPARE(rebuilt.store->tools().size(), size_t(84));
    rebuilt.store.reset();
    QVERIFY(QFile::remove(path));
    WorkspaceOpening missing = files.openDemo(false);
    QVERIFY2(missing.ok(), qPrintable(missing.message));
    QCOMPARE(missing.store->tools().size(), size_t(84));
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
