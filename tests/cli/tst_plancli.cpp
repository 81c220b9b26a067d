// stackatlas-cli plan and calendar, run as a user runs them, over the planner's hand
// stack (tests/testutil/planfixture.h; every figure is worked out in
// tests/unit/tst_planner.cpp) and the small fixture catalogue, against golden output in
// tests/fixtures/cli/golden. SA_UPDATE_GOLDEN=1 rewrites the goldens (then read them).
#include "planfixture.h"
#include "store/workspacefile.h"
#include "storefixture.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPlanCli final : public QObject
{
    Q_OBJECT

private:
    QString golden(const QString &name, const QString &actual) const
    {
        const QString path = test::fixture(u"cli/golden/" + name);
        if (qEnvironmentVariableIntValue("SA_UPDATE_GOLDEN") == 1 && !actual.isNull()) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(QString(actual).replace(m_file, u"{FILE}"_s).toUtf8());
        }
        QString text = QString::fromUtf8(test::fileBytes(path));
        return text.replace(u"{FILE}"_s, m_file);
    }

    test::CliRun cli(const QStringList &args, QProcessEnvironment env = {}) const
    {
        // The catalogue is the small fixture only: no shipped products merged into it.
        env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, test::fixture(u"catalogue-small"_s));
        return test::runCli(QStringList{u"--catalogue"_s, m_catalogue} + args, env);
    }

    QJsonObject json(const QStringList &extra) const
    {
        const test::CliRun run = cli(
            QStringList{u"plan"_s, m_file, u"--json"_s, u"--start"_s, u"2025-01-01"_s} + extra);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"plan.stackatlas"_s);
        m_catalogue = m_dir.filePath(u"catalogue.sqlite"_s);
        QVERIFY(test::openSmallCatalogue(m_catalogue));
        QVERIFY(createWorkspace(m_file, test::planInfo(), test::planStackImport()).ok());
    }

    void report()
    {
        const test::CliRun run = cli({u"plan"_s, m_file, u"--start"_s, u"2025-01-01"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"plan.out"_s, run.out));
        QCOMPARE(run.exitCode, 0);
    }

    void jsonReport()
    {
        const test::CliRun run = cli({u"plan"_s, m_file, u"--json"_s, u"--start=2025-01-01"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"plan.json"_s, run.out));
        QCOMPARE(run.exitCode, 0);
        // The figures of tests/unit/tst_planner.cpp, through the JSON.
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(u"baseline_cost"_s).toDouble(), 126000.0);
        QCOMPARE(o.value(u"plan_cost"_s).toDouble(), 49187.5);
        QCOMPARE(o.value(u"savings"_s).toDouble(), 76812.5);
        QCOMPARE(o.value(u"greedy_cost"_s).toDouble(), 49187.5);
        QCOMPARE(o.value(u"greedy_objective"_s).toDouble(), 59187.5);
        QCOMPARE(o.value(u"objective"_s).toDouble(), 59187.5);
        QCOMPARE(o.value(u"optimal"_s).toBool(), true);
        QCOMPARE(o.value(u"gap"_s).toDouble(), 0.0);
        QCOMPARE(o.value(u"horizon_months"_s).toInt(), 36);
        QCOMPARE(o.value(u"payback_month"_s).toInt(), 9);
    }

    void options()
    {
        // Keeping Mailer: 64,500.00 (tst_planner lockedAndExcluded); 12 months: Suite runs
        // to its end either way, so only Mailer and Tracker go.
        QCOMPARE(json({u"--keep"_s, u"Mailer"_s}).value(u"plan_cost"_s).toDouble(), 64500.0);
        QCOMPARE(json({u"--exclude"_s, u"brevo"_s}).value(u"plan_cost"_s).toDouble(), 64500.0);
        const QJsonObject year = json({u"--horizon-months"_s, u"12"_s});
        QCOMPARE(year.value(u"horizon_months"_s).toInt(), 12);
        QCOMPARE(year.value(u"baseline_cost"_s).toDouble(), 42000.0);
    }

    void infeasibleBudget()
    {
        const test::CliRun run
            = cli({u"plan"_s, m_file, u"--start"_s, u"2025-01-01"_s, u"--budget"_s, u"4000"_s});
        QCOMPARE(run.err,
                 u"stackatlas-cli: " + m_file
                     + u": cannot plan: Email campaign sending: its cheapest cover, Brevo at "
                       u"$4,150.00 a year, does not fit the budget of $4,000.00\n");
        QCOMPARE(run.exitCode, 2);
    }

    // The solver module is opened on the first solve; without it the plan stops with an
    // I/O error that says where it looked, and nothing is written.
    void missingSolverModule()
    {
        QProcessEnvironment env;
        env.insert(u"SA_CBC_MODULE"_s, m_dir.filePath(u"no-such-module.so"_s));
        const test::CliRun run = cli({u"plan"_s, m_file, u"--start"_s, u"2025-01-01"_s}, env);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"stackatlas-cli: " + m_file
                                    + u": the optimizer's solver module could not be loaded: "),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(m_dir.filePath(u"no-such-module.so"_s)), qPrintable(run.err));
        QCOMPARE(run.exitCode, 3);
    }

    // A must that nothing can cover (no tool, no priced product: Quantum forecasting)
    // makes every plan infeasible; --leave-out-uncoverable plans without it, which gives
    // exactly the plan of the stack without that requirement (plan.out).
    void leaveOutUncoverable()
    {
        const QString file = m_dir.filePath(u"uncoverable.stackatlas"_s);
        WorkspaceImport content = test::planStackImport();
        Capability quantum;
        quantum.slug = u"quantum-forecasting"_s;
        quantum.name = u"Quantum forecasting"_s;
        content.capabilities.push_back(quantum);
        content.requirements.push_back({u"quantum-forecasting"_s, Importance::Must, 2});
        QVERIFY(createWorkspace(file, test::planInfo(), content).ok());

        const test::CliRun refused = cli({u"plan"_s, file, u"--start"_s, u"2025-01-01"_s});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err,
                 u"stackatlas-cli: " + file
                     + u": cannot plan: Quantum forecasting: no tool covers it at strength 2 "
                       u"(solid) or more, nor does any catalogue product with a published price\n"
                       u"stackatlas-cli: --leave-out-uncoverable plans without the must "
                       u"requirements that nothing can cover\n");

        const test::CliRun run
            = cli({u"plan"_s, file, u"--start"_s, u"2025-01-01"_s, u"--leave-out-uncoverable"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out,
                 u"Left out, as nothing covers them: Quantum forecasting\n"
                     + golden(u"plan.out"_s, QString()).replace(m_file, file));
        QCOMPARE(run.exitCode, 0);

        const test::CliRun json = cli({u"plan"_s,
                                       file,
                                       u"--json"_s,
                                       u"--start"_s,
                                       u"2025-01-01"_s,
                                       u"--leave-out-uncoverable"_s});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"left_out"_s).toArray(), QJsonArray{u"Quantum forecasting"_s});
        QCOMPARE(o.value(u"plan_cost"_s).toDouble(), 49187.5);
        QCOMPARE(o.value(u"optimal"_s).toBool(), true);
        QCOMPARE(json.exitCode, 0);
    }

    void saveAs()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"save.stackatlas"_s);
        QVERIFY(createWorkspace(file, test::planInfo(), test::planStackImport()).ok());
        const QStringList args{u"plan"_s,
                               file,
                               u"--start"_s,
                               u"2025-01-01"_s,
                               u"--json"_s,
                               u"--save-as"_s,
                               u"Consolidate 2025"_s};
        test::CliRun run = cli(args);
        QCOMPARE(run.exitCode, 0);
        {
            OpenedWorkspace opened = openWorkspace(file);
            QVERIFY(opened.ok());
            const std::vector<Scenario> all = opened.store->scenarios();
            QCOMPARE(all.size(), size_t(2));
            QCOMPARE(all[1].name, u"Consolidate 2025"_s);
            QCOMPARE(all[1].kind, ScenarioKind::Optimized);
            QCOMPARE(all[1].decisions.size(), size_t(5));
            QCOMPARE(opened.store->product(u"brevo"_s)->name, u"Brevo"_s);
        }
        run = cli(args);
        QCOMPARE(run.err,
                 u"stackatlas-cli: " + file
                     + u": a scenario named 'Consolidate 2025' already exists\n");
        QCOMPARE(run.exitCode, 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err");
        QTest::newRow("no file") << QStringList{u"plan"_s} << u"plan needs a workspace file"_s;
        QTest::newRow("bad budget") << QStringList{u"plan"_s, u"{FILE}"_s, u"--budget"_s, u"lots"_s}
                                    << u"--budget needs an amount a year, such as 120000 or "
                                       u"120000.50, not 'lots'"_s;
        QTest::newRow("bad start")
            << QStringList{u"plan"_s, u"{FILE}"_s, u"--start"_s, u"1/2/2025"_s}
            << u"--start needs a date as YYYY-MM-DD, not '1/2/2025'"_s;
        QTest::newRow("horizon 0")
            << QStringList{u"plan"_s, u"{FILE}"_s, u"--horizon-months"_s, u"0"_s}
            << u"--horizon-months needs 1 to 120, not '0'"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        for (QString &a : args)
            a.replace(u"{FILE}"_s, m_file);
        const test::CliRun run = cli(args);
        QCOMPARE(run.err, u"stackatlas-cli: " + err + u"\n" + golden(u"plan-usage.err"_s, {}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
    }

    void unknownKeep()
    {
        const test::CliRun run = cli({u"plan"_s, m_file, u"--keep"_s, u"Nope"_s});
        QCOMPARE(run.err,
                 u"stackatlas-cli: " + m_file
                     + u": --keep: there is no active tool named 'Nope'\n");
        QCOMPARE(run.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_catalogue;
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
