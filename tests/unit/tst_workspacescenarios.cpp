// Scenarios in the SQLite workspace store: a new workspace has its baseline; a scenario
// round-trips with its decisions in order (and a snapshot saved with it); names are
// unique regardless of case; the baseline cannot get decisions, a twin or be removed; a
// decision naming a tool that is not there changes nothing.
#include "store/workspacefile.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestWorkspaceScenarios final : public QObject
{
    Q_OBJECT

private:
    Scenario consolidate(ToolId tool) const
    {
        Scenario s;
        s.name = u"Consolidate 2025"_s;
        s.notes = u"From the planner"_s;
        s.kind = ScenarioKind::Optimized;
        s.horizonMonths = 24;
        s.start = QDate(2025, 1, 1);
        s.created = QDateTime(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC);
        Decision retire;
        retire.toolId = tool;
        retire.action = DecisionAction::Retire;
        retire.effective = QDate(2025, 1, 31);
        retire.oneOffCost = 120000;
        Decision add;
        add.productSlug = test::sampleProduct().slug;
        add.action = DecisionAction::Add;
        add.effective = QDate(2025, 1, 1);
        add.oneOffCost = 250050;
        add.notes = u"Pilot first"_s;
        s.decisions = {retire, add};
        return s;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::createSampleWorkspace(m_dir->filePath(u"s.stackatlas"_s));
        QVERIFY(m_store);
        const Expected<ToolId> id = m_store->addTool(test::customTool());
        QVERIFY(id.ok());
        m_tool = *id;
    }

    void newWorkspaceHasItsBaseline()
    {
        const std::vector<Scenario> all = m_store->scenarios();
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].name, u"Today"_s);
        QCOMPARE(all[0].kind, ScenarioKind::Baseline);
        QCOMPARE(all[0].horizonMonths, 36);
    }

    void roundTrip()
    {
        const Scenario s = consolidate(m_tool);
        const Expected<ScenarioId> id = m_store->saveScenario(s, {test::sampleProduct()});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        std::optional<Scenario> back = m_store->scenario(*id);
        QVERIFY(back);
        Scenario expected = s;
        expected.id = *id;
        for (size_t i = 0; i < expected.decisions.size(); ++i)
            expected.decisions[i].id = back->decisions[i].id;
        QCOMPARE(*back, expected);
        QCOMPARE(m_store->product(test::sampleProduct().slug), test::sampleProduct());

        // Replacing keeps the id and the new order of decisions.
        expected.name = u"Consolidate (edited)"_s;
        std::swap(expected.decisions[0], expected.decisions[1]);
        expected.decisions.pop_back();
        QCOMPARE(m_store->saveScenario(expected, {}).value(), *id);
        back = m_store->scenario(*id);
        QCOMPARE(back->name, u"Consolidate (edited)"_s);
        QCOMPARE(back->decisions.size(), size_t(1));
        QCOMPARE(back->decisions[0].action, DecisionAction::Add);
        QCOMPARE(m_store->scenarios().size(), size_t(2));
    }

    void orderBaselineFirstThenByName()
    {
        for (const QString &name : {u"beta"_s, u"Alpha"_s}) {
            Scenario s;
            s.name = name;
            QVERIFY(m_store->saveScenario(s, {}).ok());
        }
        QStringList names;
        for (const Scenario &s : m_store->scenarios())
            names << s.name;
        QCOMPARE(names, (QStringList{u"Today"_s, u"Alpha"_s, u"beta"_s}));
    }

    void refusals()
    {
        Scenario twin;
        twin.name = u"today"_s;
        QCOMPARE(m_store->saveScenario(twin, {}).error().message,
                 u"a scenario named 'Today' already exists"_s);
        Scenario second;
        second.name = u"Another baseline"_s;
        second.kind = ScenarioKind::Baseline;
        QCOMPARE(m_store->saveScenario(second, {}).error().message,
                 u"the workspace already has a baseline"_s);
        Scenario baseline = m_store->scenarios().front();
        baseline.decisions = consolidate(m_tool).decisions;
        QCOMPARE(m_store->saveScenario(baseline, {}).error().message,
                 u"the baseline is the stack as it is: it has no decisions"_s);
        QCOMPARE(m_store->removeScenario(baseline.id).error().message,
                 u"there is no scenario " + QString::number(baseline.id)
                     + u" to remove (the baseline stays)");
        Scenario noTool = consolidate(m_tool + 100);
        const Expected<ScenarioId> bad = m_store->saveScenario(noTool, {test::sampleProduct()});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(
                     u"cannot save a decision (is its tool or product in the workspace?)"_s),
                 qPrintable(bad.error().message));
        // Nothing of it landed: neither the scenario nor the snapshot saved with it.
        QCOMPARE(m_store->scenarios().size(), size_t(1));
        QCOMPARE(m_store->product(test::sampleProduct().slug), std::nullopt);
    }

    void removeTakesDecisionsAlong()
    {
        const ScenarioId id
            = m_store->saveScenario(consolidate(m_tool), {test::sampleProduct()}).value();
        QVERIFY(m_store->removeScenario(id).ok());
        QCOMPARE(m_store->scenarios().size(), size_t(1));
        QCOMPARE(test::queryColumn(m_store->path(), u"SELECT count(*) FROM decision"_s),
                 QStringList{u"0"_s});
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    ToolId m_tool = 0;
};

QTEST_GUILESS_MAIN(TestWorkspaceScenarios)
#include "tst_workspacescenarios.moc"
