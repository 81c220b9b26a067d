// stackatlas-cli analyze, run as a user runs it, over a workspace built in the test from
// the hand stack (tests/testutil/analysisfixture.h; every figure is worked out in
// tests/unit/tst_stackanalysis.cpp), against golden output in tests/fixtures/cli/golden.
#include "analysis/analysisinput.h"
#include "analysisfixture.h"
#include "store/workspacefile.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestAnalyzeCli final : public QObject
{
    Q_OBJECT

private:
    QString golden(const QString &name) const
    {
        QString text = QString::fromUtf8(test::fileBytes(test::fixture(u"cli/golden/" + name)));
        return text.replace(u"{FILE}"_s, m_file);
    }

    QJsonObject json(const QStringList &extra = {}) const
    {
        const test::CliRun run
            = test::runCli(QStringList{u"analyze"_s, m_file, u"--json"_s} + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"hand.stackatlas"_s);
        QVERIFY(createWorkspace(m_file, test::sampleInfo(), test::handStackImport()).ok());
    }

    void report()
    {
        const test::CliRun run = test::runCli({u"analyze"_s, m_file});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"analyze.out"_s));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFileInfo::exists(m_file + u".lock"));
    }

    void jsonReport()
    {
        const test::CliRun run = test::runCli({u"analyze"_s, m_file, u"--json"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"analyze.json"_s));
        QCOMPARE(run.exitCode, 0);
    }

    void thresholdOption()
    {
        // At 3 no capability has two tools; at 1: 966.67 + 504.76 + 271.43 (see
        // TestStackAnalysis::thresholdIsAParameter).
        const QJsonObject three = json({u"--threshold"_s, u"3"_s});
        QCOMPARE(three.value(u"overlap_threshold"_s).toInt(), 3);
        QCOMPARE(three.value(u"overlaps"_s).toArray().size(), 0);
        QCOMPARE(three.value(u"redundant_cost"_s).toDouble(), 0.0);
        const QJsonObject one = json({u"--threshold=1"_s});
        QCOMPARE(one.value(u"redundant_cost"_s).toDouble(), 1742.86);
    }

    void thresholdFromTheWorkspaceSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"setting.stackatlas"_s);
        {
            OpenedWorkspace created
                = createWorkspace(file, test::sampleInfo(), test::handStackImport());
            QVERIFY(created.ok());
            QVERIFY(created.store->setSetting(overlapThresholdKey(), u"1"_s).ok());
        }
        const test::CliRun run = test::runCli({u"analyze"_s, file, u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(u"overlap_threshold"_s).toInt(), 1);
        QCOMPARE(o.value(u"redundant_cost"_s).toDouble(), 1742.86);
        // --threshold wins over the setting.
        const test::CliRun two
            = test::runCli({u"analyze"_s, file, u"--json"_s, u"--threshold"_s, u"2"_s});
        QCOMPARE(QJsonDocument::fromJson(two.out.toUtf8())
                     .object()
                     .value(u"redundant_cost"_s)
                     .toDouble(),
                 1476.19);
    }

    void readsAWorkspaceOpenElsewhere()
    {
        // A window holds the workspace (and its lock); analyze only reads, so it runs.
        const OpenedWorkspace open = openWorkspace(m_file);
        QVERIFY(open.ok());
        QVERIFY(QFileInfo::exists(m_file + u".lock"));
        const test::CliRun run = test::runCli({u"analyze"_s, m_file, u"--json"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"tools"_s).toInt(), 6);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errGolden");
        QTest::newRow("no file") << QStringList{u"analyze"_s} << 1 << u"analyze-usage.err"_s;
        QTest::newRow("two files")
            << QStringList{u"analyze"_s, u"a"_s, u"b"_s} << 1 << u"analyze-usage.err"_s;
        QTest::newRow("threshold 4")
            << QStringList{u"analyze"_s, u"{FILE}"_s, u"--threshold"_s, u"4"_s} << 1
            << u"analyze-threshold.err"_s;
        QTest::newRow("threshold without a value")
            << QStringList{u"analyze"_s, u"{FILE}"_s, u"--threshold"_s} << 1
            << u"analyze-threshold-missing.err"_s;
        QTest::newRow("missing workspace")
            << QStringList{u"analyze"_s, u"{MISSING}"_s} << 3 << u"analyze-missing.err"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errGolden);
        const QString missing = m_dir.filePath(u"missing.stackatlas"_s);
        for (QString &a : args)
            a.replace(u"{FILE}"_s, m_file).replace(u"{MISSING}"_s, missing);
        const test::CliRun run = test::runCli(args);
        QCOMPARE(run.err, golden(errGolden).replace(u"{MISSING}"_s, missing));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, exitCode);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
