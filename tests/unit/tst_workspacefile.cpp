// Workspace files: creating one (never over an existing file), reopening it, refusing
// damaged, foreign, catalogue and newer files with the right problem and exact message
// while leaving them byte for byte as they were, the lock another live process holds
// (this test binary run with --hold-lock), stale locks, and Save As through the backup API.
#include "store/cataloguefile.h"
#include "store/workspacefile.h"
#include "store/workspaceschema.h"
#include "storefixture.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Child mode: take the lock of the workspace at path, say so, and hold it until stdin
// closes (or the test kills this process to leave a stale lock behind).
int holdLock(const char *path)
{
    QLockFile lock(QString::fromLocal8Bit(path) + u".lock");
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return 1;
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write("locked\n");
    out.flush();
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    in.readAll(); // until the parent closes the pipe
    return 0;
}

} // namespace

using FileSetup = std::function<bool(const QString &path)>;
Q_DECLARE_METATYPE(FileSetup)

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndReopens();
    void createRefusesAnExistingFile();
    void createRefusesBadDetails();
    void refused_data();
    void refused();
    void catalogueRefusesAWorkspace();
    void rollbackJournalOnOpen();
    void lockHeldByAnotherProcess();
    void staleLockIsTakenOver();
    void lockInThisProcess();
    void saveCopyAs();
    void saveCopyAsRefusals();

private:
    bool startLockHolder(QProcess &child, const QString &path);
    QString lockText(qint64 pid) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspaceFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"northbeam.stackatlas"_s);
}

void TestWorkspaceFile::cleanup()
{
    m_dir.reset();
}

bool TestWorkspaceFile::startLockHolder(QProcess &child, const QString &path)
{
    child.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, path});
    return child.waitForReadyRead(30'000) && child.readLine() == "locked\n";
}

QString TestWorkspaceFile::lockText(qint64 pid) const
{
    return QFileInfo(m_dir->path()).owner() + u'@' + QSysInfo::machineHostName() + u", pid "
           + QString::number(pid);
}

void TestWorkspaceFile::createsAndReopens()
{
    WorkspaceImport initial;
    initial.capabilities = {test::catalogueCapability()};
    initial.requirements = {{u"lead-scoring"_s, Importance::Must, 2}};
    {
        OpenedWorkspace created = createWorkspace(m_path, test::sampleInfo(), initial);
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(created.problem, WorkspaceProblem::None);
        QCOMPARE(created.migratedFrom, 0);
        QVERIFY(created.store->holdsLock());
        QCOMPARE(created.store->path(), m_path);
        QCOMPARE(created.store->info(), test::sampleInfo());
        QCOMPARE(created.store->requirements(), initial.requirements);
        QVERIFY(QFileInfo::exists(m_path + u".lock"));
        // Nothing but the workspace and its lock in the folder: no partial file left.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{u"northbeam.stackatlas"_s, u"northbeam.stackatlas.lock"_s}));
    }
    QVERIFY(!QFileInfo::exists(m_path + u".lock"));
    QCOMPARE(test::queryColumn(m_path, u"PRAGMA application_id"_s),
             QStringList{QString::number(WorkspaceSchema::applicationId)});

    const QByteArray bytes = test::fileBytes(m_path);
    OpenedWorkspace reopened = openWorkspace(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message));
    QCOMPARE(reopened.store->info(), test::sampleInfo());
    QCOMPARE(reopened.store->capabilities(), initial.capabilities);
    QVERIFY(test::fileBytes(m_path) == bytes); // opening writes nothing

    // A null creation time becomes now; an empty currency USD.
    const QString second = m_dir->filePath(u"second.stackatlas"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    WorkspaceInfo plain;
    plain.currency.clear();
    OpenedWorkspace other = createWorkspace(second, plain);
    QVERIFY2(other.ok(), qPrintable(other.message));
    QCOMPARE(other.store->info().currency, u"USD"_s);
    QVERIFY(other.store->info().created >= before);
    QVERIFY(other.store->info().created <= QDateTime::currentDateTimeUtc());

    // Folders on the way are created.
    const QString nested = m_dir->filePath(u"clients/2024/acme.stackatlas"_s);
    QVERIFY(createWorkspace(nested, plain).ok());
}

void TestWorkspaceFile::createRefusesAnExistingFile()
{
    QVERIFY(writeFile(m_path, "not mine"));
    const OpenedWorkspace refused = createWorkspace(m_path, test::sampleInfo());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problem, WorkspaceProblem::Exists);
    QCOMPARE(refused.message,
             QString(m_path + u" already exists; choose another name or remove it first."));
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QCOMPARE(test::fileBytes(m_path), QByteArray("not mine"));
}

void TestWorkspaceFile::createRefusesBadDetails()
{
    WorkspaceInfo info = test::sampleInfo();
    info.currency = u"euro"_s;
    const OpenedWorkspace refused = createWorkspace(m_path, info);
    QCOMPARE(refused.problem, WorkspaceProblem::BadInput);
    QCOMPARE(refused.message,
             QString(u"cannot create the workspace " + m_path
                     + u": 'euro' is not a currency code (three capital letters, ISO 4217)"));

    WorkspaceImport initial;
    initial.requirements = {{u"crm"_s, Importance::Must, 9}};
    const OpenedWorkspace badContent = createWorkspace(m_path, test::sampleInfo(), initial);
    QCOMPARE(badContent.problem, WorkspaceProblem::BadInput);
    QCOMPARE(badContent.message,
             QString(u"cannot create the workspace " + m_path
                     + u": the requirement for 'crm': the minimum strength is 1 (basic) to 3 "
                       u"(leading)"));
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::Files | QDir::Hidden)); // nothing left behind
}

void TestWorkspaceFile::refused_data()
{
    QTest::addColumn<FileSetup>("setup");
    QTest::addColumn<WorkspaceProblem>("problem");
    QTest::addColumn<QString>("why"); // the message, "{PATH}" standing for the file

    QTest::newRow("random bytes") << FileSetup([](const QString &path) {
        QByteArray garbage(8192, '\0');
        QRandomGenerator random(7);
        random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        return writeFile(path, garbage);
    }) << WorkspaceProblem::NotWorkspace
                                  << u"{PATH} is not a StackAtlas workspace or is damaged (file is "
                                     u"not a database)."_s;
    QTest::newRow("empty file") << FileSetup([](const QString &path) {
        return writeFile(path, QByteArray());
    }) << WorkspaceProblem::NotWorkspace
                                << u"{PATH} is not a StackAtlas workspace or is damaged (it is "
                                   u"empty)."_s;
    QTest::newRow("a catalogue") << FileSetup([](const QString &path) {
        return test::openSmallCatalogue(path) != nullptr;
    }) << WorkspaceProblem::NotWorkspace
                                 << u"{PATH} is a StackAtlas catalogue, not a workspace."_s;
    QTest::newRow("foreign SQLite file") << FileSetup([](const QString &path) {
        return test::runSql(path, u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s);
    }) << WorkspaceProblem::NotWorkspace
                                         << u"{PATH} is not a StackAtlas workspace or is damaged "
                                            u"(it is an SQLite database of another application)."_s;
    QTest::newRow("no schema_version") << FileSetup([](const QString &path) {
        return test::createSampleWorkspace(path) != nullptr
               && test::runSql(path, u"DROP TABLE schema_version"_s);
    }) << WorkspaceProblem::NotWorkspace
                                       << u"{PATH} is not a StackAtlas workspace or is damaged (it "
                                          u"has no schema_version table)."_s;
    QTest::newRow("schema from the future") << FileSetup([](const QString &path) {
        return test::createSampleWorkspace(path) != nullptr
               && test::runSql(path,
                               u"INSERT INTO schema_version VALUES (9, 'future', "
                               u"'2031-01-01T00:00:00Z')"_s);
    }) << WorkspaceProblem::TooNew
                                            << u"{PATH} was written by a newer version of "
                                               u"StackAtlas (workspace schema 9; this version "
                                               u"reads up to 4). Update StackAtlas to open it."_s;
    QTest::newRow("no such file") << FileSetup([](const QString &) { return true; })
                                  << WorkspaceProblem::Io
                                  << u"cannot open the workspace {PATH}: there is no such file"_s;
    QTest::newRow("a folder") << FileSetup([](const QString &path) { return QDir().mkpath(path); })
                              << WorkspaceProblem::Io
                              << u"cannot open the workspace {PATH}: it is a folder"_s;
}

void TestWorkspaceFile::refused()
{
    QFETCH(FileSetup, setup);
    QFETCH(WorkspaceProblem, problem);
    QFETCH(QString, why);
    QVERIFY(setup(m_path));
    const QByteArray bytes = test::fileBytes(m_path);
    const OpenedWorkspace opened = openWorkspace(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem, problem);
    QCOMPARE(opened.message, QString(why).replace(u"{PATH}"_s, m_path));
    QCOMPARE(opened.error().kind, Error::Kind::Io);
    QVERIFY(!opened.canOpenAnyway());
    QVERIFY(test::fileBytes(m_path) == bytes);
    QVERIFY(!QFileInfo::exists(m_path + u".lock"));
    QVERIFY(!QFileInfo::exists(m_path + u"-journal"));
}

void TestWorkspaceFile::catalogueRefusesAWorkspace()
{
    QVERIFY(test::createSampleWorkspace(m_path));
    const QByteArray bytes = test::fileBytes(m_path);
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QCOMPARE(opened.problem, CatalogueProblem::NotCatalogue);
    QCOMPARE(opened.message,
             QString(m_path
                     + u" is not a StackAtlas catalogue or is damaged (it is a StackAtlas "
                       u"workspace, not a catalogue). StackAtlas can rebuild it from the "
                       u"catalogue it ships with; the old file is then kept beside the new one."));
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestWorkspaceFile::rollbackJournalOnOpen()
{
    QVERIFY(test::createSampleWorkspace(m_path));
    QVERIFY(test::runSql(m_path, u"PRAGMA journal_mode = WAL"_s));
    QCOMPARE(test::queryColumn(m_path, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
    OpenedWorkspace opened = openWorkspace(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(test::queryColumn(m_path, u"PRAGMA journal_mode"_s), QStringList{u"delete"_s});
    QVERIFY(opened.store->addTool(test::customTool()).ok());
    QVERIFY(!QFileInfo::exists(m_path + u"-wal"));
    QVERIFY(!QFileInfo::exists(m_path + u"-journal"));
}

void TestWorkspaceFile::lockHeldByAnotherProcess()
{
    QVERIFY(test::createSampleWorkspace(m_path));
    const QByteArray bytes = test::fileBytes(m_path);
    QProcess child;
    QVERIFY(startLockHolder(child, m_path));

    const OpenedWorkspace refused = openWorkspace(m_path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problem, WorkspaceProblem::InUse);
    QVERIFY(refused.canOpenAnyway());
    QCOMPARE(refused.message,
             QString(m_path + u" is in use by another StackAtlas window ("
                     + lockText(child.processId()) + u")."));
    QVERIFY(test::fileBytes(m_path) == bytes);

    {
        WorkspaceOpenOptions anyway;
        anyway.openAnyway = true;
        OpenedWorkspace opened = openWorkspace(m_path, anyway);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(!opened.store->holdsLock());
        QVERIFY(opened.store->addTool(test::customTool()).ok()); // editable
    }
    QVERIFY(QFileInfo::exists(m_path + u".lock")); // still the child's

    // A reader that takes no lock is not refused either.
    WorkspaceOpenOptions reader;
    reader.lock = false;
    QVERIFY(openWorkspace(m_path, reader).ok());

    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitCode(), 0);
    OpenedWorkspace afterwards = openWorkspace(m_path);
    QVERIFY2(afterwards.ok(), qPrintable(afterwards.message));
    QVERIFY(afterwards.store->holdsLock());
}

void TestWorkspaceFile::staleLockIsTakenOver()
{
    QVERIFY(test::createSampleWorkspace(m_path));
    QProcess child;
    QVERIFY(startLockHolder(child, m_path));
    child.kill(); // a crash: the lock file stays, its process is gone
    QVERIFY(child.waitForFinished(30'000));
    QVERIFY(QFileInfo::exists(m_path + u".lock"));

    OpenedWorkspace opened = openWorkspace(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(opened.store->holdsLock());
    opened.store.reset();
    QVERIFY(!QFileInfo::exists(m_path + u".lock"));
}

void TestWorkspaceFile::lockInThisProcess()
{
    OpenedWorkspace first = createWorkspace(m_path, test::sampleInfo());
    QVERIFY(first.ok());
    const OpenedWorkspace second = openWorkspace(m_path);
    QCOMPARE(second.problem, WorkspaceProblem::InUse);
    QCOMPARE(second.message,
             QString(m_path + u" is in use by another StackAtlas window ("
                     + lockText(QCoreApplication::applicationPid()) + u")."));
}

void TestWorkspaceFile::saveCopyAs()
{
    auto store = test::createSampleWorkspace(m_path);
    QVERIFY(store);
    QVERIFY(store->saveProduct(test::sampleProduct()).ok());
    QVERIFY(store->saveCapability(test::localCapability()).ok());
    const ToolId hub = store->addTool(test::sampleTool()).value();
    const ToolId acme = store->addTool(test::customTool()).value();
    QVERIFY(store->addIntegration({hub, acme, IntegrationKind::Native}).ok());
    QVERIFY(store->setRequirement({u"webinars"_s, Importance::Should, 2}).ok());
    QVERIFY(store->setSetting(u"overlap-threshold"_s, u"2"_s).ok());

    const QString copy = m_dir->filePath(u"copy.stackatlas"_s);
    QVERIFY(writeFile(copy, "an older file, replaced whole"));
    const Status saved = store->saveCopyAs(copy);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(QDir(m_dir->path()).entryList({u"copy.stackatlas*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"copy.stackatlas"_s}); // no partial file, no lock left

    // The original stays open and editable.
    QVERIFY(store->holdsLock());
    Tool later;
    later.name = u"Added after the copy"_s;
    QVERIFY(store->addTool(later).ok());

    OpenedWorkspace opened = openWorkspace(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const WorkspaceStore &c = *opened.store;
    QCOMPARE(c.info(), test::sampleInfo());
    std::vector<Tool> expected = store->tools();
    std::erase_if(expected, [](const Tool &t) { return t.name == u"Added after the copy"; });
    QCOMPARE(c.tools(), expected);
    QCOMPARE(c.integrations(), store->integrations());
    QCOMPARE(c.requirements(), store->requirements());
    QCOMPARE(c.products(), store->products());
    QCOMPARE(c.capabilities(), store->capabilities());
    QCOMPARE(c.setting(u"overlap-threshold"_s), u"2"_s);
    QCOMPARE(test::queryColumn(copy, u"PRAGMA journal_mode"_s), QStringList{u"delete"_s});
}

void TestWorkspaceFile::saveCopyAsRefusals()
{
    auto store = test::createSampleWorkspace(m_path);
    QVERIFY(store);
    const Status self = store->saveCopyAs(m_path);
    QCOMPARE(self.error().message, QString(m_path + u" is the open workspace itself"));

    // Never over a workspace another window has open.
    const QString other = m_dir->filePath(u"other.stackatlas"_s);
    OpenedWorkspace otherOpen = createWorkspace(other, WorkspaceInfo());
    QVERIFY(otherOpen.ok());
    const QByteArray bytes = test::fileBytes(other);
    const Status inUse = store->saveCopyAs(other);
    QCOMPARE(inUse.error().message,
             QString(other + u" is in use by another StackAtlas window ("
                     + lockText(QCoreApplication::applicationPid()) + u")."));
    QVERIFY(test::fileBytes(other) == bytes);

    const QString folder = m_dir->filePath(u"folder"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(store->saveCopyAs(folder).error().message,
             QString(u"cannot save to " + folder + u": it is a folder"));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argv[2]);
    QCoreApplication app(argc, argv);
    TestWorkspaceFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspacefile.moc"
