// stackatlas --snapshot DIR, run as a user would run it (the built binary, offscreen):
// every view and dialog lands as a 1400x900 (or dialog-sized) PNG and the exit code is 0;
// a damaged catalogue gives a clear message on stderr and exit code 3; `stackatlas FILE`
// renders that workspace, and a damaged one is refused the same way.
#include "testutil.h"
#include "workspacefixture.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryViewAndDialog();
    void damagedCatalogueExitsWithThree();
    void rendersTheWorkspaceNamedOnTheCommandLine();
    void refusesADamagedWorkspaceWithThree();

private:
    int run(const QStringList &arguments, QString *errors);
};

int TestSnapshot::run(const QStringList &arguments, QString *errors)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, sa::test::fixture(u"catalogue-small"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SA_GUI_PATH), arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSnapshot::rendersEveryViewAndDialog()
{
    QTemporaryDir dir;
    const QString shots = dir.filePath(u"shots"_s);
    QString errors;
    QCOMPARE(run({u"--catalogue"_s, dir.filePath(u"catalogue.sqlite"_s), u"--snapshot"_s, shots},
                 &errors),
             0);
    QCOMPARE(QDir(shots).entryList({u"*.png"_s}, QDir::Files, QDir::Name),
             QStringList({u"capabilities.png"_s,
                          u"capabilityMap.png"_s,
                          u"catalogue.png"_s,
                          u"compare.png"_s,
                          u"dashboard.png"_s,
                          u"fill-gap-dialog.png"_s,
                          u"integrationMap.png"_s,
                          u"inventory.png"_s,
                          u"new-workspace-dialog.png"_s,
                          u"optimize-dialog.png"_s,
                          u"overlaps.png"_s,
                          u"plan-compare.png"_s,
                          u"plan-roadmap.png"_s,
                          u"plan-time.png"_s,
                          u"plan.png"_s,
                          u"presentation.png"_s,
                          u"product-dialog-capabilities.png"_s,
                          u"product-dialog-pricing.png"_s,
                          u"product-dialog.png"_s,
                          u"product-picker.png"_s,
                          u"requirements.png"_s,
                          u"team-connection-dialog.png"_s,
                          u"tool-dialog-capabilities.png"_s,
                          u"tool-dialog-contract.png"_s,
                          u"tool-dialog-integrations.png"_s,
                          u"tool-dialog.png"_s,
                          u"welcome.png"_s}));
    const QImage catalogue(QDir(shots).filePath(u"catalogue.png"_s));
    QCOMPARE(catalogue.size(), QSize(1400, 900));
    const QImage dialog(QDir(shots).filePath(u"product-dialog.png"_s));
    QCOMPARE(dialog.size(), QSize(720, 600));
    // The slide at the laptop screen presentation mode must read on.
    QCOMPARE(QImage(QDir(shots).filePath(u"presentation.png"_s)).size(), QSize(1366, 768));
}

void TestSnapshot::damagedCatalogueExitsWithThree()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalogue.sqlite"_s);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    QString errors;
    QCOMPARE(run({u"--catalogue"_s, path, u"--snapshot"_s, dir.filePath(u"shots"_s)}, &errors), 3);
    QVERIFY2(errors.contains(u"is not a StackAtlas catalogue or is damaged"_s), qPrintable(errors));
    QVERIFY(!QDir(dir.filePath(u"shots"_s)).exists());
    QCOMPARE(sa::test::fileBytes(path), QByteArray(4096, 'x')); // left as it was
}

void TestSnapshot::rendersTheWorkspaceNamedOnTheCommandLine()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"northbeam.stackatlas"_s);
    {
        std::unique_ptr<sa::SqliteWorkspaceStore> store
            = sa::test::createSampleWorkspace(workspace);
        QVERIFY(store);
        QVERIFY(store->addTool(sa::test::customTool()).ok());
    }
    const QString shots = dir.filePath(u"shots"_s);
    QString errors;
    QCOMPARE(run({workspace,
                  u"--catalogue"_s,
                  dir.filePath(u"catalogue.sqlite"_s),
                  u"--snapshot"_s,
                  shots},
                 &errors),
             0);
    QVERIFY(QFile::exists(QDir(shots).filePath(u"inventory.png"_s)));
    QCOMPARE(QImage(QDir(shots).filePath(u"tool-dialog.png"_s)).size(), QSize(720, 600));
    QVERIFY(!QFile::exists(workspace + u".lock")); // let go when done
    // The demo was not built: the named file was used.
    QCOMPARE(QDir(dir.path()).entryList({u"*.stackatlas"_s}),
             QStringList({u"northbeam.stackatlas"_s}));
}

void TestSnapshot::refusesADamagedWorkspaceWithThree()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"damaged.stackatlas"_s);
    QFile damaged(workspace);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    QString errors;
    QCOMPARE(run({workspace,
                  u"--catalogue"_s,
                  dir.filePath(u"catalogue.sqlite"_s),
                  u"--snapshot"_s,
                  dir.filePath(u"shots"_s)},
                 &errors),
             3);
    // Only our lines: Qt may add its own warnings about the environment.
    const QStringList ours = errors.split(u'\n').filter(QRegularExpression(u"^stackatlas: "_s));
    QCOMPARE(ours,
             QStringList({u"stackatlas: "_s + workspace
                          + u" is not a StackAtlas workspace or is damaged (file is not a "
                            u"database)."_s}));
    QCOMPARE(sa::test::fileBytes(workspace), QByteArray(8192, 'x'));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
