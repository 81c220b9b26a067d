// The workspace's life cycle as a user goes through it in the real MainWindow: the Start
// view, File > New Workspace (its dialog), Open (a damaged, foreign or newer file refused
// with the exact message and left byte for byte as it was; a file another window holds
// asks first), Open Recent and its Clear, Save As (the work goes on in the copy, undo
// included), Close, and the demo in one click. File dialogs are answered through
// FileDialogs::setNextAnswers, message boxes by clicking their buttons.
#include "filedialogs.h"
#include "inventorytreeview.h"
#include "itemmodels/inventorymodel.h"
#include "mainview.h"
#include "mainwindow.h"
#include "newworkspacedialog.h"
#include "recentfiles.h"
#include "store/sqliteworkspacefiles.h"
#include "store/workspacefile.h"
#include "testutil.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"
#include "workspacefixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// The navigation while a workspace is open.
QStringList workspaceNavigation()
{
    return {u"Dashboard"_s,
            u"Inventory"_s,
            u"Requirements"_s,
            u"Capabilities"_s,
            u"Overlaps"_s,
            u"Integrations"_s,
            u"Compare"_s,
            u"Plan"_s,
            u"Catalogue"_s};
}

// Clicks the button labelled button on the next message box once it is up (a modal
// exec() runs the event loop, so a timer reaches it); its text lands in *text.
void answerMessageBox(const QString &button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        *text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button) {
                timer->deleteLater();
                b->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestWorkspaceLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheStartView();
    void createsAWorkspaceThroughTheDialog();
    void newWorkspaceDialogExplainsWhatIsMissing();
    void refusesAFileItCannotOpen_data();
    void refusesAFileItCannotOpen();
    void asksBeforeOpeningAFileInUse();
    void saveAsGoesOnInTheCopy();
    void closeReturnsToStartAndReleasesTheFile();
    void recentFilesOpenAndClear();
    void opensTheDemoInOneClick();

private:
    QStringList navigation() const;
    QString sampleWorkspace(const QString &name) const; // a file with two tools
    bool openThroughTheMenu(const QString &path);

    std::unique_ptr<test::WindowFixture> m_fx;
    MainWindow *m_window = nullptr;
};

void TestWorkspaceLifecycle::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestWorkspaceLifecycle::init()
{
    m_fx = std::make_unique<test::WindowFixture>();
    QVERIFY(m_fx->start());
    m_window = m_fx->window();
}

void TestWorkspaceLifecycle::cleanup()
{
    FileDialogs::setNextAnswers({});
    m_window = nullptr;
    m_fx.reset();
}

QStringList TestWorkspaceLifecycle::navigation() const
{
    QStringList items;
    auto *list = m_fx->child<QListWidget>(u"navigation"_s);
    for (int row = 0; row < list->count(); ++row)
        items << list->item(row)->text();
    return items;
}

QString TestWorkspaceLifecycle::sampleWorkspace(const QString &name) const
{
    const QString path = m_fx->filePath(name);
    std::unique_ptr<SqliteWorkspaceStore> store = test::createSampleWorkspace(path);
    if (!store)
        return QString();
    store->saveProduct(test::sampleProduct()).value();
    store->addTool(test::sampleTool()).value();
    store->addTool(test::customTool()).value();
    return path;
}

bool TestWorkspaceLifecycle::openThroughTheMenu(const QString &path)
{
    // After a message box the window gets its activation back a moment later.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return false;
    FileDialogs::setNextAnswers({path});
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier);
    return m_window->workspace()->isOpen() && m_window->workspace()->path() == path;
}

void TestWorkspaceLifecycle::startsOnTheStartView()
{
    QCOMPARE(navigation(), QStringList({u"Start"_s, u"Catalogue"_s}));
    QCOMPARE(m_window->currentView()->viewId(), u"welcome"_s);
    QCOMPARE(m_window->windowTitle(), u"StackAtlas"_s);
    for (const char *name :
         {"saveAsAction", "closeWorkspaceAction", "exportInventoryAction", "importAction"})
        QVERIFY2(!m_fx->child<QAction>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(m_fx->child<QLabel>(u"recentEmpty"_s)->isVisible());
    QVERIFY(!m_fx->child<QListWidget>(u"recentList"_s)->isVisible());
    // The catalogue needs no workspace.
    m_window->setCurrentView(u"catalogue"_s);
    QCOMPARE(m_window->windowTitle(), u"Catalogue — StackAtlas"_s);
}

void TestWorkspaceLifecycle::createsAWorkspaceThroughTheDialog()
{
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    NewWorkspaceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewWorkspaceDialog *>(u"newWorkspaceDialog"_s)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"companyEdit"_s), u"Brightline Digital"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"preparedByEdit"_s), u"Sam Ortiz"_s);
    auto *currency = dialog->findChild<QComboBox *>(u"currencyCombo"_s);
    currency->setCurrentIndex(currency->findText(u"EUR"_s));
    auto *profile = dialog->findChild<QComboBox *>(u"profileCombo"_s);
    QCOMPARE(profile->currentData().toString(), u"b2b-mid-size"_s); // the default
    // The file follows the company's name until one is chosen.
    auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    QVERIFY2(file->text().endsWith(u"brightline-digital.stackatlas"_s), qPrintable(file->text()));
    const QString path = m_fx->filePath(u"clients/brightline.stackatlas"_s);
    file->clear();
    QTest::keyClicks(file, QDir::toNativeSeparators(path));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createWorkspaceButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace()->isOpen());

    QCOMPARE(m_window->workspace()->path(), path);
    const WorkspaceStore *store = m_window->workspace()->document()->store();
    QCOMPARE(store->info().company, u"Brightline Digital"_s);
    QCOMPARE(store->info().preparedBy, u"Sam Ortiz"_s);
    QCOMPARE(store->info().currency, u"EUR"_s);
    QCOMPARE(store->info().profile, u"b2b-mid-size"_s);
    QCOMPARE(store->requirements().size(), size_t(38)); // the profile's
    QVERIFY(store->tools().empty());
    QCOMPARE(m_window->windowTitle(), u"Brightline Digital — brightline.stackatlas — StackAtlas"_s);
    QCOMPARE(navigation(), workspaceNavigation());
    // The dashboard leads, and says why its charts are empty.
    QCOMPARE(m_window->currentView()->viewId(), u"dashboard"_s);
    QVERIFY(m_fx->child<QWidget>(u"spend-by-categoryPanel"_s)
                ->findChild<QWidget *>(u"chartEmpty"_s)
                ->isVisible());
    m_window->setCurrentView(u"inventory"_s);
    QVERIFY(m_fx->child<QWidget>(u"inventoryEmpty"_s)->isVisible()); // "No tools yet"
    QCOMPARE(m_window->workspace()->recentFiles()->paths(), QStringList({path}));
    QCOMPARE(QSettings().value(u"NewWorkspace/preparedBy"_s).toString(), u"Sam Ortiz"_s);
}

void TestWorkspaceLifecycle::newWorkspaceDialogExplainsWhatIsMissing()
{
    const QString taken = sampleWorkspace(u"taken.stackatlas"_s);
    NewWorkspaceDialog *dialog = m_window->workspace()->newWorkspace();
    auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    file->clear();
    QTest::keyClicks(file, taken);
    QTest::keyClicks(dialog->findChild<QComboBox *>(u"currencyCombo"_s)->lineEdit(), u"X"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createWorkspaceButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problems(),
             QStringList({u"Enter the company's name: it titles the workspace and its report."_s,
                          u"Enter a currency as its three-letter code, e.g. USD or EUR."_s,
                          u"A file is already there; choose another name."_s}));
    QVERIFY(dialog->findChild<QLabel *>(u"companyError"_s)->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"fileError"_s)->isVisible());
    QVERIFY(!m_window->workspace()->isOpen());
    dialog->reject();
}

void TestWorkspaceLifecycle::refusesAFileItCannotOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // "{PATH}" for the file
    QTest::newRow("damaged") << u"damaged"_s
                             << u"{PATH} is not a StackAtlas workspace or is damaged (file is not "
                                u"a database)."_s;
    QTest::newRow("foreign") << u"foreign"_s
                             << u"{PATH} is not a StackAtlas workspace or is damaged (it is an "
                                u"SQLite database of another application)."_s;
    QTest::newRow("too new") << u"too new"_s
                             << u"{PATH} was written by a newer version of StackAtlas (workspace "
                                u"schema 9; this version reads up to 4). Update StackAtlas to "
                                u"open it."_s;
}

void TestWorkspaceLifecycle::refusesAFileItCannotOpen()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_fx->filePath(u"refused.stackatlas"_s);
    if (kind == u"damaged") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    } else if (kind == u"foreign") {
        QVERIFY(test::runSql(path, u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY)"_s));
    } else {
        QVERIFY(test::createSampleWorkspace(path));
        QVERIFY(test::runSql(
            path, u"INSERT INTO schema_version VALUES (9, 'future', '2031-01-01T00:00:00Z')"_s));
    }
    const QByteArray before = test::fileBytes(path);

    QString shown;
    answerMessageBox(u"OK"_s, &shown);
    QVERIFY(!openThroughTheMenu(path));
    QCOMPARE(shown, QString(message).replace(u"{PATH}"_s, path));
    QCOMPARE(test::fileBytes(path), before);
    QVERIFY(!QFile::exists(path + u".lock"));
    QVERIFY(!m_window->workspace()->isOpen());
    QCOMPARE(m_window->currentView()->viewId(), u"welcome"_s);
    QCOMPARE(m_window->workspace()->recentFiles()->paths(), QStringList());
}

void TestWorkspaceLifecycle::asksBeforeOpeningAFileInUse()
{
    const QString path = sampleWorkspace(u"shared.stackatlas"_s);
    OpenedWorkspace other = openWorkspace(path); // another window holds it
    QVERIFY(other.ok());

    QString asked;
    answerMessageBox(u"Cancel"_s, &asked);
    QVERIFY(!openThroughTheMenu(path));
    QVERIFY2(asked.startsWith(path + u" is in use by another StackAtlas window ("_s),
             qPrintable(asked));
    QVERIFY(!m_window->workspace()->isOpen());

    answerMessageBox(u"Open Anyway"_s, &asked);
    QVERIFY(openThroughTheMenu(path));
    QCOMPARE(m_window->workspace()->document()->store()->tools().size(), size_t(2));
}

void TestWorkspaceLifecycle::saveAsGoesOnInTheCopy()
{
    const QString original = sampleWorkspace(u"original.stackatlas"_s);
    QVERIFY(openThroughTheMenu(original));
    WorkspaceDocument *document = m_window->workspace()->document();
    Tool acme = document->store()->tools().front(); // Acme Webinars
    acme.owner = u"Priya Shah"_s;
    QVERIFY(document->editTool(acme).ok());

    const QString copy = m_fx->filePath(u"copy"_s); // the suffix is added
    FileDialogs::setNextAnswers({copy});
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const QString copyPath = copy + u".stackatlas";
    QCOMPARE(m_window->workspace()->path(), copyPath);
    QCOMPARE(m_window->windowTitle(), u"Northbeam GmbH — copy.stackatlas — StackAtlas"_s);
    QCOMPARE(m_window->workspace()->document(), document); // the same views and history
    QCOMPARE(m_window->workspace()->recentFiles()->paths(), QStringList({copyPath, original}));
    // The original is free again: the copy holds the lock now.
    QVERIFY(!QFile::exists(original + u".lock"));
    QVERIFY(QFile::exists(copyPath + u".lock"));

    // Undo works in the copy; the original keeps what it had when the copy was made.
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->store()->tool(acme.id)->owner, QString());
    WorkspaceOpenOptions look;
    look.lock = false;
    const OpenedWorkspace before = openWorkspace(original, look);
    QVERIFY(before.ok());
    QCOMPARE(before.store->tool(acme.id)->owner, u"Priya Shah"_s);
}

void TestWorkspaceLifecycle::closeReturnsToStartAndReleasesTheFile()
{
    const QString path = sampleWorkspace(u"w.stackatlas"_s);
    QVERIFY(openThroughTheMenu(path));
    QCOMPARE(navigation(), workspaceNavigation());
    QVERIFY(m_fx->child<QAction>(u"closeWorkspaceAction"_s)->isEnabled());
    QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);

    QVERIFY(!m_window->workspace()->isOpen());
    QCOMPARE(navigation(), QStringList({u"Start"_s, u"Catalogue"_s}));
    QCOMPARE(m_window->currentView()->viewId(), u"welcome"_s);
    QCOMPARE(m_window->windowTitle(), u"StackAtlas"_s);
    QVERIFY(!m_window->findChild<InventoryTreeView *>());
    QVERIFY(!QFile::exists(path + u".lock"));
    QVERIFY(openWorkspace(path).ok()); // nobody holds it
    // The Start view lists it now.
    auto *recent = m_fx->child<QListWidget>(u"recentList"_s);
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(),
             u"w.stackatlas\n"_s + QDir::toNativeSeparators(m_fx->dirPath()));
}

void TestWorkspaceLifecycle::recentFilesOpenAndClear()
{
    const QString a = sampleWorkspace(u"a.stackatlas"_s);
    const QString b = sampleWorkspace(u"b.stackatlas"_s);
    QVERIFY(openThroughTheMenu(a));
    QVERIFY(openThroughTheMenu(b)); // a closes as b opens
    QVERIFY(!QFile::exists(a + u".lock"));
    RecentFiles *recent = m_window->workspace()->recentFiles();
    QCOMPARE(recent->paths(), QStringList({b, a}));
    QCOMPARE(QSettings().value(u"RecentWorkspaces"_s).toStringList(), QStringList({b, a}));

    // File > Open Recent lists them newest first, then Clear Menu.
    QMenu *menu = m_fx->child<QMenu>(u"recentMenu"_s);
    recent->fillMenu(menu);
    QStringList items;
    for (QAction *action : menu->actions())
        items << action->text();
    QCOMPARE(
        items,
        QStringList({u"&1  b.stackatlas"_s, u"&2  a.stackatlas"_s, QString(), u"&Clear Menu"_s}));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->workspace()->path(), a);

    // A file that has gone: said so, and taken off the list.
    m_window->workspace()->close();
    QVERIFY(QFile::remove(b));
    QString shown;
    answerMessageBox(u"OK"_s, &shown);
    QTest::mouseClick(m_fx->child<QListWidget>(u"recentList"_s)->viewport(),
                      Qt::LeftButton,
                      {},
                      m_fx->child<QListWidget>(u"recentList"_s)
                          ->visualItemRect(m_fx->child<QListWidget>(u"recentList"_s)->item(1))
                          .center());
    QCOMPARE(shown, u"cannot open the workspace "_s + b + u": there is no such file"_s);
    QCOMPARE(recent->paths(), QStringList({a}));

    QTest::mouseClick(m_fx->child<QPushButton>(u"clearRecentButton"_s), Qt::LeftButton);
    QCOMPARE(recent->paths(), QStringList());
    QCOMPARE(QSettings().value(u"RecentWorkspaces"_s).toStringList(), QStringList());
    QVERIFY(m_fx->child<QLabel>(u"recentEmpty"_s)->isVisible());
}

void TestWorkspaceLifecycle::opensTheDemoInOneClick()
{
    QTest::mouseClick(m_fx->child<QPushButton>(u"welcomeDemo"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace()->isOpen());
    QVERIFY(m_window->workspace()->isDemo());
    QCOMPARE(m_window->windowTitle(), u"Northbeam — demo.stackatlas — StackAtlas"_s);
    // 84 rows, $2,979,587.00, 5,950 seats and 5,052 users, summed by hand from the CSV.
    QCOMPARE(m_fx->child<QLabel>(u"inventoryTotals"_s)->text(),
             u"84 tools  ·  $2,979,587.00 a year  ·  5,950 seats  ·  5,052 active users"_s);
    QCOMPARE(m_window->workspace()->recentFiles()->paths(), QStringList()); // always one click
    // Built once: the second time opens the same file.
    const QByteArray built = test::fileBytes(m_fx->files()->demoPath());
    m_window->workspace()->close();
    QTest::mouseClick(m_fx->child<QPushButton>(u"welcomeDemo"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace()->isOpen());
    QCOMPARE(test::fileBytes(m_fx->files()->demoPath()), built);
}

QTEST_MAIN(TestWorkspaceLifecycle)
#include "tst_workspacelifecycle.moc"
