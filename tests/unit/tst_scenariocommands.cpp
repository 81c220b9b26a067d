// Scenario edits through WorkspaceDocument over the plan workspace (tests/testutil/
// planfixture.h: Mailer, Suite, Tracker): each is one undoable command that puts back the
// same ids, names, decisions in order, dates and one-off costs; refused edits change
// nothing and push nothing; removing a tool drops its decisions from every scenario and
// undo brings them back where they were.
#include "comparisonfixture.h"
#include "planfixture.h"
#include "workspace/workspacedocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestScenarioCommands final : public QObject
{
    Q_OBJECT

private:
    ToolId toolNamed(const QString &name) const
    {
        for (const Tool &t : m_store->tools()) {
            if (t.name == name)
                return t.id;
        }
        return 0;
    }

    Decision retire(const QString &tool, QDate effective, Cents oneOff) const
    {
        Decision d;
        d.toolId = toolNamed(tool);
        d.action = DecisionAction::Retire;
        d.effective = effective;
        d.oneOffCost = oneOff;
        return d;
    }

    // "Lean 2025": retire Mailer on 30 June (1,200.00), then Tracker on 31 March (600.00).
    Scenario lean() const
    {
        Scenario s;
        s.name = u"Lean 2025"_s;
        s.horizonMonths = 12;
        s.start = QDate(2025, 1, 1);
        s.decisions = {retire(u"Mailer"_s, QDate(2025, 6, 30), 120'000),
                       retire(u"Tracker"_s, QDate(2025, 3, 31), 60'000)};
        return s;
    }

    std::vector<Scenario> named() const
    {
        std::vector<Scenario> out;
        for (const Scenario &s : m_store->scenarios()) {
            if (s.kind != ScenarioKind::Baseline)
                out.push_back(s);
        }
        return out;
    }

    // A decision's fields without its id, for comparing what the file holds.
    static QString line(const Decision &d)
    {
        return QString::number(d.toolId) + u' ' + d.productSlug + u' '
               + decisionActionName(d.action) + u' ' + d.replacementSlug + u' '
               + d.effective.toString(Qt::ISODate) + u' ' + QString::number(d.oneOffCost);
    }
    static QStringList lines(const Scenario &s)
    {
        QStringList out;
        for (const Decision &d : s.decisions)
            out << line(d);
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::createPlanWorkspace(
            m_dir.filePath(QString::number(++m_files) + u".stackatlas"));
        QVERIFY(m_store);
        m_document = std::make_unique<WorkspaceDocument>(m_store.get());
        m_mailer = toolNamed(u"Mailer"_s);
        m_tracker = toolNamed(u"Tracker"_s);
        QVERIFY(m_mailer > 0 && m_tracker > 0);
    }

    void cleanup()
    {
        m_document.reset();
        m_store.reset();
    }

    void addIsOneStepAndKeepsIdsOnRedo()
    {
        QSignalSpy changed(m_document.get(), &WorkspaceDocument::scenariosChanged);
        const Expected<ScenarioId> id = m_document->addScenario(lean());
        QVERIFY(id.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Add scenario “Lean 2025”"_s);
        const std::optional<Scenario> added = m_document->scenario(*id);
        QVERIFY(added);
        QCOMPARE(added->kind, ScenarioKind::Manual);
        QCOMPARE(added->horizonMonths, 12);
        QCOMPARE(added->start, QDate(2025, 1, 1));
        const QStringList expected{QString::number(m_mailer) + u"  retire  2025-06-30 120000"_s,
                                   QString::number(m_tracker) + u"  retire  2025-03-31 60000"_s};
        QCOMPARE(lines(*added), expected);

        m_document->undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_store->scenarios().size(), size_t(1)); // the baseline stays
        QVERIFY(!m_document->scenario(*id));

        m_document->undoStack()->redo();
        const std::optional<Scenario> back = m_document->scenario(*id);
        QVERIFY(back);
        QCOMPARE(*back, *added); // same id, decision ids, created time
    }

    void renameUndoes()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        QVERIFY(m_document->renameScenario(id, u"  Lean plan "_s).ok());
        QCOMPARE(m_document->undoStack()->undoText(),
                 u"Rename scenario “Lean 2025” to “Lean plan”"_s);
        QCOMPARE(m_document->scenario(id)->name, u"Lean plan"_s);
        QCOMPARE(lines(*m_document->scenario(id)).size(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->scenario(id)->name, u"Lean 2025"_s);
        m_document->undoStack()->redo();
        QCOMPARE(m_document->scenario(id)->name, u"Lean plan"_s);
    }

    void refusedEditsChangeNothing()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        Scenario twin = lean();
        twin.name = u"LEAN 2025"_s;
        const Expected<ScenarioId> second = m_document->addScenario(twin);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().message, u"a scenario named 'Lean 2025' already exists"_s);
        QVERIFY(!m_document->renameScenario(id, u" "_s).ok());
        const ScenarioId baseline = m_store->scenarios().front().id;
        QVERIFY(!m_document->removeScenario(baseline).ok());
        QVERIFY(
            !m_document->setDecision(baseline, retire(u"Mailer"_s, QDate(2025, 6, 30), 0)).ok());
        Decision negative = retire(u"Suite"_s, QDate(2025, 12, 31), -1);
        QVERIFY(!m_document->setDecision(id, negative).ok());
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_store->scenarios().size(), size_t(2));
        QCOMPARE(m_store->scenarios().front().decisions.size(), size_t(0));
        QCOMPARE(lines(*m_document->scenario(id)).size(), 2);
    }

    void setDecisionReplacesOrAppends()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        const QStringList before = lines(*m_document->scenario(id));
        // Mailer's decision moves to 31 July at 1,500.00, in its place.
        QVERIFY(m_document->setDecision(id, retire(u"Mailer"_s, QDate(2025, 7, 31), 150'000)).ok());
        QCOMPARE(m_document->undoStack()->undoText(), u"Change a decision of “Lean 2025”"_s);
        QCOMPARE(
            lines(*m_document->scenario(id)),
            (QStringList{QString::number(m_mailer) + u"  retire  2025-07-31 150000"_s, before[1]}));
        // Suite gets a keep with a one-off upgrade, after the others.
        Decision keep;
        keep.toolId = toolNamed(u"Suite"_s);
        keep.action = DecisionAction::Keep;
        keep.oneOffCost = 50'000;
        QVERIFY(m_document->setDecision(id, keep).ok());
        QCOMPARE(lines(*m_document->scenario(id)).size(), 3);
        QCOMPARE(lines(*m_document->scenario(id)).last(),
                 QString::number(keep.toolId) + u"  keep   50000"_s);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(lines(*m_document->scenario(id)), before);
        m_document->undoStack()->redo();
        QCOMPARE(lines(*m_document->scenario(id))[0],
                 QString::number(m_mailer) + u"  retire  2025-07-31 150000"_s);
    }

    void addedProductNeedsItsSnapshot()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        Decision add;
        add.action = DecisionAction::Add;
        add.productSlug = u"brevo"_s;
        add.effective = QDate(2025, 1, 1);
        add.oneOffCost = 103'750;
        const Status refused = m_document->setDecision(id, add);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, u"The workspace has no copy of the product “brevo”."_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->setDecision(id, add, test::fixtureProducts({u"brevo"_s})).ok());
        QCOMPARE(lines(*m_document->scenario(id)).last(), u"0 brevo add  2025-01-01 103750"_s);
        QVERIFY(m_store->product(u"brevo"_s));
        m_document->undoStack()->undo();
        QCOMPARE(lines(*m_document->scenario(id)).size(), 2);
    }

    void removeDecisionAndScenarioUndo()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        const Scenario whole = *m_document->scenario(id);
        QVERIFY(m_document->removeDecision(id, 0).ok());
        QCOMPARE(lines(*m_document->scenario(id)), QStringList{lines(whole)[1]});
        QVERIFY(!m_document->removeDecision(id, 5).ok());
        m_document->undoStack()->undo();
        QCOMPARE(*m_document->scenario(id), whole);

        QVERIFY(m_document->removeScenario(id).ok());
        QCOMPARE(m_document->undoStack()->undoText(), u"Remove scenario “Lean 2025”"_s);
        QVERIFY(!m_document->scenario(id));
        m_document->undoStack()->undo();
        QCOMPARE(*m_document->scenario(id), whole);
    }

    void removingAToolKeepsScenariosConsistent()
    {
        const ScenarioId id = *m_document->addScenario(lean());
        Scenario other;
        other.name = u"Only Mailer"_s;
        other.decisions = {retire(u"Mailer"_s, QDate(2025, 6, 30), 0)};
        const ScenarioId otherId = *m_document->addScenario(other);
        const Scenario wholeLean = *m_document->scenario(id);
        const Scenario wholeOther = *m_document->scenario(otherId);
        QSignalSpy changed(m_document.get(), &WorkspaceDocument::scenariosChanged);

        QVERIFY(m_document->removeTool(m_mailer).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lines(*m_document->scenario(id)), QStringList{lines(wholeLean)[1]});
        QCOMPARE(m_document->scenario(otherId)->decisions.size(), size_t(0));

        m_document->undoStack()->undo();
        QVERIFY(m_store->tool(m_mailer));
        QCOMPARE(*m_document->scenario(id), wholeLean); // Mailer's decision first again
        QCOMPARE(*m_document->scenario(otherId), wholeOther);
        QCOMPARE(changed.count(), 3); // one per scenario written back

        m_document->undoStack()->redo();
        QCOMPARE(lines(*m_document->scenario(id)), QStringList{lines(wholeLean)[1]});
        // The scenario edits before the removal still undo over the restored file.
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(!m_document->scenario(otherId));
        QCOMPARE(*m_document->scenario(id), wholeLean);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
    ToolId m_mailer = 0;
    ToolId m_tracker = 0;
};

QTEST_GUILESS_MAIN(TestScenarioCommands)
#include "tst_scenariocommands.moc"
