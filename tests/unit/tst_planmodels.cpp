// The Plan view's item models over the plan workspace (tests/testutil/planfixture.h),
// each under QAbstractItemModelTester. "Drop Tracker" (12 months from 1 January 2025,
// Tracker retired at its contract end with 600.00 of migration) is worked out by hand in
// tests/unit/tst_scenarioevaluation.cpp: 3,810,000 cents paid against 4,200,000, savings
// 390,000, payback in month 5, coverage 2 of 3.
// TIME by hand: Mailer meets email (must 3) with its only capability: fit 1, and it is
// the primary of the email overlap: efficiency 1, Invest. Suite meets contact management
// but not email at 2: fit 1/2; its email share 2/5 x 24,000.00 = 9,600.00 is redundant:
// efficiency 0.6, Invest. Tracker meets web analytics: fit 1, efficiency 1, Invest.
#include "comparisonfixture.h"
#include "itemmodels/decisiontablemodel.h"
#include "itemmodels/scenariotablemodel.h"
#include "itemmodels/timeclassmodel.h"
#include "planfixture.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPlanModels final : public QObject
{
    Q_OBJECT

private:
    ScenarioId addDropTracker()
    {
        Scenario s;
        s.name = u"Drop Tracker"_s;
        s.horizonMonths = 12;
        s.start = QDate(2025, 1, 1);
        Decision d;
        d.toolId = m_tracker;
        d.action = DecisionAction::Retire;
        d.oneOffCost = 60'000;
        s.decisions = {d};
        const Expected<ScenarioId> id = m_document->addScenario(s);
        return id ? *id : 0;
    }

    static QVariant at(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
    {
        return m.index(row, column).data(role);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::createPlanWorkspace(
            m_dir.filePath(QString::number(++m_files) + u".stackatlas"));
        QVERIFY(m_store);
        m_document = std::make_unique<WorkspaceDocument>(m_store.get());
        for (const Tool &t : m_store->tools()) {
            if (t.name == u"Tracker")
                m_tracker = t.id;
            if (t.name == u"Mailer")
                m_mailer = t.id;
        }
    }

    void cleanup()
    {
        m_document.reset();
        m_store.reset();
    }

    void scenariosSideBySide()
    {
        ScenarioTableModel model(m_document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(at(model, 0, ScenarioTableModel::Name).toString(), u"Today"_s);
        QCOMPARE(at(model, 0, ScenarioTableModel::Kind).toString(), u"Baseline"_s);
        QCOMPARE(at(model, 0, ScenarioTableModel::Savings).toString(), u"$0.00"_s);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const ScenarioId id = addDropTracker();
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(id);
        QCOMPARE(row, 1);
        const auto raw = [&](int column) {
            return at(model, row, column, ScenarioTableModel::UnderlyingDataRole);
        };
        QCOMPARE(raw(ScenarioTableModel::Decisions).toInt(), 1);
        QCOMPARE(raw(ScenarioTableModel::Tools).toInt(), 2);
        QCOMPARE(raw(ScenarioTableModel::AnnualCost).toLongLong(), 3'600'000);
        QCOMPARE(raw(ScenarioTableModel::HorizonCost).toLongLong(), 3'810'000);
        QCOMPARE(raw(ScenarioTableModel::Savings).toLongLong(), 390'000);
        QCOMPARE(raw(ScenarioTableModel::Coverage).toDouble(), 2.0 / 3.0);
        QCOMPARE(raw(ScenarioTableModel::Gaps).toInt(), 1);
        QCOMPARE(raw(ScenarioTableModel::Payback).toInt(), 5);
        QCOMPARE(at(model, row, ScenarioTableModel::HorizonCost).toString(), u"$38,100.00"_s);
        QCOMPARE(at(model, row, ScenarioTableModel::Coverage).toString(), u"2 of 3"_s);
        QCOMPARE(at(model, row, ScenarioTableModel::Coverage, Qt::ToolTipRole).toString(),
                 u"Today: 3 of 3"_s);
        QCOMPARE(at(model, row, ScenarioTableModel::Payback).toString(), u"Month 5 (May 2025)"_s);
        QCOMPARE(at(model, row, ScenarioTableModel::AnnualCost, Qt::ToolTipRole).toString(),
                 u"Today: $42,000.00"_s);

        // Renaming in place is one undoable step; the row stays.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(row, ScenarioTableModel::Name), u"Lean"_s, Qt::EditRole));
        QCOMPARE(at(model, row, ScenarioTableModel::Name).toString(), u"Lean"_s);
        QVERIFY(changed.count() >= 1);
        QVERIFY(!model.setData(model.index(row, ScenarioTableModel::Name), u""_s, Qt::EditRole));
        m_document->undoStack()->undo();
        QCOMPARE(at(model, row, ScenarioTableModel::Name).toString(), u"Drop Tracker"_s);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void decisionsEditedInPlace()
    {
        const ScenarioId id = addDropTracker();
        DecisionTableModel model(m_document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setScenario(id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(at(model, 0, DecisionTableModel::Item).toString(), u"Mailer"_s);
        QCOMPARE(at(model, 1, DecisionTableModel::Item).toString(), u"Suite"_s);
        QCOMPARE(at(model, 2, DecisionTableModel::Item).toString(), u"Tracker"_s);
        QCOMPARE(at(model, 0, DecisionTableModel::Action).toString(), u"Keep"_s);
        QCOMPARE(at(model, 2, DecisionTableModel::Action).toString(), u"Retire"_s);
        const auto raw = [&](int row, int column) {
            return at(model, row, column, DecisionTableModel::UnderlyingDataRole);
        };
        QCOMPARE(raw(2, DecisionTableModel::Effective).toDate(), QDate(2025, 3, 31));
        QCOMPARE(raw(2, DecisionTableModel::NoticeDeadline).toDate(), QDate(2025, 3, 1));
        QCOMPARE(raw(2, DecisionTableModel::OneOffCost).toLongLong(), 60'000);
        QCOMPARE(raw(2, DecisionTableModel::AnnualCost).toLongLong(), 600'000);
        QCOMPARE(raw(2, DecisionTableModel::GivesUp).toStringList(),
                 QStringList{u"Web analytics"_s});
        QCOMPARE(at(model, 2, DecisionTableModel::Effective, Qt::ToolTipRole).toString(),
                 u"At the contract end (the scenario sets no date of its own)"_s);
        QVERIFY(!(model.flags(model.index(0, DecisionTableModel::Effective)) & Qt::ItemIsEditable));

        // Retire Mailer (choice 1): a new decision at its contract end, 2025-06-30.
        QVERIFY(model.setData(model.index(0, DecisionTableModel::Action), 1, Qt::EditRole));
        QCOMPARE(m_document->scenario(id)->decisions.size(), size_t(2));
        QCOMPARE(raw(0, DecisionTableModel::Effective).toDate(), QDate(2025, 6, 30));
        QCOMPARE(raw(0, DecisionTableModel::NoticeDeadline).toDate(), QDate(2025, 5, 31));
        // Its own date and a one-off of 250.50.
        QVERIFY(model.setData(
            model.index(0, DecisionTableModel::Effective), QDate(2025, 4, 30), Qt::EditRole));
        QVERIFY(model.setData(model.index(0, DecisionTableModel::OneOffCost), 250.5, Qt::EditRole));
        QCOMPARE(raw(0, DecisionTableModel::Effective).toDate(), QDate(2025, 4, 30));
        QCOMPARE(raw(0, DecisionTableModel::OneOffCost).toLongLong(), 25'050);
        QCOMPARE(at(model, 0, DecisionTableModel::OneOffCost).toString(), u"$250.50"_s);
        QCOMPARE(m_document->undoStack()->count(), 4);

        // Replace without a product asks for one and changes nothing.
        QSignalSpy asked(&model, &DecisionTableModel::replacementRequested);
        QVERIFY(!model.setData(model.index(1, DecisionTableModel::Action), 2, Qt::EditRole));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toInt(), 1);
        QSignalSpy failed(&model, &DecisionTableModel::editFailed);
        QVERIFY(!model.setData(model.index(0, DecisionTableModel::OneOffCost), -5.0, Qt::EditRole));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_document->undoStack()->count(), 4);

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(raw(0, DecisionTableModel::Effective).toDate(), QDate(2025, 6, 30));
        QCOMPARE(raw(0, DecisionTableModel::OneOffCost).toLongLong(), 0);
        m_document->undoStack()->undo();
        QCOMPARE(at(model, 0, DecisionTableModel::Action).toString(), u"Keep"_s);
        QVERIFY(!model.hasDecision(0));

        // The baseline is read-only.
        model.setScenario(m_store->scenarios().front().id);
        QVERIFY(model.isReadOnly());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!(model.flags(model.index(0, DecisionTableModel::Action)) & Qt::ItemIsEditable));
    }

    void replaceWithAProduct()
    {
        // Tracker replaced by Brevo (4,150.00 a year: 34,583.33 a month) from the day
        // after its last paid day, 2025-04-01: 9 months, 311,250 on top of 3,810,000.
        const ScenarioId id = addDropTracker();
        DecisionTableModel model(m_document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScenario(id);
        const int tracker = model.rowOfTool(m_tracker);
        QCOMPARE(tracker, 2);
        QVERIFY(model.setReplacement(tracker, test::fixtureProducts({u"brevo"_s}).at(0)).ok());
        QCOMPARE(at(model, tracker, DecisionTableModel::Action).toString(), u"Replace"_s);
        QCOMPARE(at(model, tracker, DecisionTableModel::Replacement).toString(), u"Brevo"_s);
        QCOMPARE(at(model, tracker, DecisionTableModel::OneOffCost).toString(), u"$600.00"_s);
        QCOMPARE(model.evaluation().roadmap.planCost, 3'810'000 + 311'250);
        QCOMPARE(model.evaluation().after.annualCost, 3'600'000 + 415'000);
        QCOMPARE(model.evaluation().after.tools, 3);
        QCOMPARE(at(model, tracker, DecisionTableModel::GivesUp).toString(), u"Web analytics"_s);
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(at(model, tracker, DecisionTableModel::Action).toString(), u"Retire"_s);
        QCOMPARE(at(model, tracker, DecisionTableModel::Replacement).toString(), QString());
        // A row that is not there cannot be replaced.
        QVERIFY(!model.setReplacement(99, test::fixtureProducts({u"brevo"_s}).at(0)).ok());
    }

    void timeQuadrants()
    {
        TimeClassModel model(m_document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(TimeClass::Invest), 3);
        const auto row = [&](const QString &name) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (at(model, r, TimeClassModel::Tool).toString() == name)
                    return r;
            }
            return -1;
        };
        const int suite = row(u"Suite"_s);
        QCOMPARE(
            at(model, suite, TimeClassModel::Fit, TimeClassModel::UnderlyingDataRole).toDouble(),
            0.5);
        QCOMPARE(at(model, suite, TimeClassModel::Efficiency, TimeClassModel::UnderlyingDataRole)
                     .toDouble(),
                 0.6);
        QCOMPARE(at(model, suite, TimeClassModel::Efficiency).toString(), u"60%"_s);
        QCOMPARE(at(model, suite, TimeClassModel::Class).toString(), u"Invest"_s);
        QCOMPARE(at(model, suite, TimeClassModel::Utilization).toString(), u"unknown"_s);

        // Three seats, none used: Tracker's fit falls to (1 + 0) / 2 = 0.5, still Invest;
        // Mailer used by one of four: (1 + 0.25) / 2 = 0.625.
        Tool mailer = *m_store->tool(m_mailer);
        mailer.seats = 4;
        mailer.activeUsers = 1;
        QVERIFY(m_document->editTool(mailer).ok());
        QTRY_COMPARE(
            at(model, row(u"Mailer"_s), TimeClassModel::Fit, TimeClassModel::UnderlyingDataRole)
                .toDouble(),
            0.625);
        QCOMPARE(at(model, row(u"Mailer"_s), TimeClassModel::Utilization).toString(), u"25%"_s);
        // Without the contact management requirement Suite does no required work (fit 0)
        // but 60 % of its money is not spent twice: Tolerate, ahead of the Invest rows.
        QVERIFY(m_document->removeRequirement(u"contact-management"_s).ok());
        QTRY_COMPARE(at(model, 0, TimeClassModel::Tool).toString(), u"Suite"_s);
        QCOMPARE(at(model, 0, TimeClassModel::Class).toString(), u"Tolerate"_s);
        QCOMPARE(model.count(TimeClass::Tolerate), 1);
        QCOMPARE(model.count(TimeClass::Invest), 2);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
    ToolId m_tracker = 0;
    ToolId m_mailer = 0;
};

QTEST_GUILESS_MAIN(TestPlanModels)
#include "tst_planmodels.moc"
