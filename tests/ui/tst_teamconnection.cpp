// File > Connect to Team Catalogue… against a real PostgreSQL server
// (tests/testutil/postgresserver.h): the dialog's errors name what failed (a port nothing
// listens on, a missing database, a login without a password), Test Connection says what
// the server holds, Connect switches the window to the server's catalogue (13 products
// there against the local 12), and Use Local Catalogue goes back. The server is
// remembered for the next start and among the recent ones, never with a password.
#include "cataloguebrowser.h"
#include "catalogueswitcher.h"
#include "mainview.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "productdialog.h"
#include "store/postgrescataloguestore.h"
#include "store/storecataloguesource.h"
#include "storefixture.h"
#include "teamconnectiondialog.h"
#include "teamserverform.h"
#include "testutil.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// A port on 127.0.0.1 that takes connections (the kernel's backlog) and never answers,
// so that a login waits there.
struct SilentPort
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int port = 0;

    SilentPort()
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(fd, 4) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(fd); }
    Q_DISABLE_COPY_MOVE(SilentPort)
};

} // namespace

class TestTeamConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void errorsNameWhatFailed_data();
    void errorsNameWhatFailed();
    void connectSwitchesTheCatalogue();
    void cancelWhileConnecting();
    void editKeptWhileTheServerIsDown(); // last: it stops the server

private:
    TeamConnectionDialog *openDialog();
    void fill(TeamConnectionDialog *dialog,
              const QString &host,
              int port,
              const QString &database,
              const QString &user);
    QString statusOf(TeamConnectionDialog *dialog) const;
    QString resultCount() const;

    test::PostgresServer m_server;
    PostgresUrl m_team;
    QTemporaryDir m_dir;
    std::unique_ptr<StoreCatalogueSource> m_source;
    std::unique_ptr<CatalogueSwitcher> m_switcher;
};

void TestTeamConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    initResources();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_team = m_server.createDatabase(u"team"_s);
    QVERIFY2(m_server.error().isEmpty(), qPrintable(m_server.error()));
    // The server's catalogue: the small fixture's 12 products and one only it has.
    Expected<std::unique_ptr<PostgresCatalogueStore>> server
        = PostgresCatalogueStore::open(m_team, test::smallCatalogue());
    QVERIFY2(server, server ? "" : qPrintable(server.error().message));
    std::optional<Product> extra = (*server)->allProducts().front();
    QVERIFY(extra);
    extra->id = 0;
    extra->slug = u"team-only-tool"_s;
    extra->name = u"Team Only Tool"_s;
    extra->origin = Origin::User;
    extra->aliases.clear();
    const Expected<ProductId> added = (*server)->addProduct(*extra);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

void TestTeamConnection::init()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings().clear();
    m_source = std::make_unique<StoreCatalogueSource>(m_dir.filePath(u"local.sqlite"_s),
                                                      m_dir.filePath(u"demo.stackatlas"_s),
                                                      test::smallCatalogue());
    Expected<std::unique_ptr<CatalogueStore>> local = m_source->openLocal();
    QVERIFY2(local, local ? "" : qPrintable(local.error().message));
    m_switcher = std::make_unique<CatalogueSwitcher>(m_source.get());
    m_switcher->start(std::move(*local), QString());
    m_switcher->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_switcher->window()));
    m_switcher->window()->setCurrentView(u"catalogue"_s);
}

void TestTeamConnection::cleanup()
{
    m_switcher.reset();
    QThreadPool::globalInstance()->waitForDone(); // a cancelled attempt still uses the source
    m_source.reset();
}

TeamConnectionDialog *TestTeamConnection::openDialog()
{
    m_switcher->window()->findChild<QAction *>(u"connectTeamCatalogueAction"_s)->trigger();
    // The action is queued (the switch replaces the window whose menu asked for it).
    const auto find = [this] {
        return m_switcher->window()->findChild<TeamConnectionDialog *>(u"teamConnectionDialog"_s);
    };
    return QTest::qWaitFor([&] { return find() != nullptr; }) ? find() : nullptr;
}

void TestTeamConnection::fill(TeamConnectionDialog *dialog,
                              const QString &host,
                              int port,
                              const QString &database,
                              const QString &user)
{
    const auto type = [&](const QString &name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    };
    type(u"teamHost"_s, host);
    auto *spin = dialog->findChild<QSpinBox *>(u"teamPort"_s);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(port));
    QCOMPARE(spin->value(), port);
    type(u"teamDatabase"_s, database);
    type(u"teamUser"_s, user);
}

QString TestTeamConnection::statusOf(TeamConnectionDialog *dialog) const
{
    auto *status = dialog->findChild<QLabel *>(u"teamStatus"_s);
    return status->isVisible() ? status->text() : QString();
}

QString TestTeamConnection::resultCount() const
{
    return m_switcher->window()->findChild<QLabel *>(u"resultCount"_s)->text();
}

void TestTeamConnection::errorsNameWhatFailed_data()
{
    QTest::addColumn<bool>("otherPort");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("summary");
    QTest::newRow("nothing listens") << true << u"team"_s << u"stackatlas"_s
                                     << u"Cannot reach a PostgreSQL server at 127.0.0.1:%1: "
                                        u"check the host and port, and that the server is "
                                        u"running."_s;
    QTest::newRow("no such database")
        << false << u"nosuch"_s << u"stackatlas"_s
        << u"The server at 127.0.0.1:%1 has no database 'nosuch': check the name, or ask its "
           u"administrator to create it."_s;
    QTest::newRow("no password") << false << u"team"_s << u"mallory"_s
                                 << u"The server at 127.0.0.1:%1 refused the login of "
                                    u"'mallory': give the password, or put it in ~/.pgpass."_s;
}

void TestTeamConnection::errorsNameWhatFailed()
{
    QFETCH(bool, otherPort);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, summary);
    // The server's port plus one: nothing there (the test server took a free port alone).
    const int port = otherPort ? m_server.port() + 1 : m_server.port();
    TeamConnectionDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, u"127.0.0.1"_s, port, database, user);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamConnect"_s), Qt::LeftButton);
    QTRY_VERIFY(!statusOf(dialog).startsWith(u"Connecting"));
    QCOMPARE(statusOf(dialog).section(u'\n', 0, 0), summary.arg(port));
    QVERIFY(dialog->isVisible()); // nothing switched; the fields are kept for a correction
    QCOMPARE(dialog->findChild<QLineEdit *>(u"teamDatabase"_s)->text(), database);
    QCOMPARE(m_switcher->teamUrl(), QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamCancel"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestTeamConnection::connectSwitchesTheCatalogue()
{
    auto *name = m_switcher->window()->findChild<QLabel *>(u"catalogueName"_s);
    QCOMPARE(name->text(), u"Local catalogue"_s);
    QCOMPARE(resultCount(), u"12 products"_s);
    QVERIFY(!m_switcher->window()->findChild<QAction *>(u"useLocalCatalogueAction"_s)->isEnabled());

    TeamConnectionDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, u"127.0.0.1"_s, m_server.port(), u"team"_s, u"stackatlas"_s);
    // The test server's password (postgresserver.cpp), typed as a user without ~/.pgpass
    // would: it must reach the server, and never the settings.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"teamPassword"_s), u"test-only-secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamTest"_s), Qt::LeftButton);
    QTRY_COMPARE(statusOf(dialog), u"Connected. The team catalogue holds 13 products."_s);
    if (const QString dir = qEnvironmentVariable("SA_GRAB_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + u"/team-connection.png");

    const MainWindow *before = m_switcher->window();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamConnect"_s), Qt::LeftButton);
    QTRY_VERIFY(m_switcher->window() != before);
    const QString url = u"postgresql://stackatlas@127.0.0.1:%1/team"_s.arg(m_server.port());
    QCOMPARE(m_switcher->teamUrl(), url);
    QCOMPARE(m_switcher->window()->currentView()->viewId(), u"catalogue"_s);
    QCOMPARE(m_switcher->window()->findChild<QLabel *>(u"catalogueName"_s)->text(),
             u"Team catalogue: team on 127.0.0.1:%1"_s.arg(m_server.port()));
    QTRY_COMPARE(resultCount(), u"13 products"_s);
    if (const QString dir = qEnvironmentVariable("SA_GRAB_DIR"); !dir.isEmpty())
        m_switcher->window()->grab().save(dir + u"/team-window.png");
    QVERIFY(m_switcher->window()->findChild<QAction *>(u"useLocalCatalogueAction"_s)->isEnabled());
    // Remembered for a plain start and among the recent servers; no password anywhere.
    QCOMPARE(CatalogueSwitcher::rememberedTeam(), url);
    QCOMPARE(TeamServerForm::recentServers(), QStringList{url});
    QSettings().sync();
    QVERIFY(!test::fileBytes(QSettings().fileName()).contains("test-only-secret"));

    before = m_switcher->window();
    m_switcher->window()->findChild<QAction *>(u"useLocalCatalogueAction"_s)->trigger();
    QTRY_VERIFY(m_switcher->window() != before);
    QCOMPARE(m_switcher->window()->findChild<QLabel *>(u"catalogueName"_s)->text(),
             u"Local catalogue"_s);
    QTRY_COMPARE(resultCount(), u"12 products"_s);
    QCOMPARE(CatalogueSwitcher::rememberedTeam(), QString());
    QCOMPARE(TeamServerForm::recentServers(), QStringList{url});
}

void TestTeamConnection::cancelWhileConnecting()
{
    // Something listens but never answers: libpq waits for the server's reply.
    const SilentPort silent;
    QVERIFY(silent.port);
    TeamConnectionDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, u"127.0.0.1"_s, silent.port, u"team"_s, u"stackatlas"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamConnect"_s), Qt::LeftButton);
    QCOMPARE(statusOf(dialog),
             u"Connecting to postgresql://stackatlas@127.0.0.1:%1/team…"_s.arg(silent.port));
    QVERIFY(dialog->findChild<QWidget *>(u"teamBusy"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"teamHost"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"teamConnect"_s)->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamCancel"_s), Qt::LeftButton);
    QCOMPARE(statusOf(dialog), u"Cancelled: nothing was changed."_s);
    QVERIFY(!dialog->findChild<QWidget *>(u"teamBusy"_s)->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(u"teamHost"_s)->isEnabled());
    QVERIFY(dialog->isVisible()); // Cancel stopped the wait; a second Cancel closes
    QCOMPARE(m_switcher->teamUrl(), QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamCancel"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestTeamConnection::editKeptWhileTheServerIsDown()
{
    const QString url = u"postgresql://stackatlas@127.0.0.1:%1/team"_s.arg(m_server.port());
    Expected<std::unique_ptr<CatalogueStore>> team = m_source->openTeam(url, QString());
    QVERIFY2(team, team ? "" : qPrintable(team.error().message));
    m_switcher->switchTo(std::move(*team), url);
    PostgresCatalogueStore server(m_team); // the test's own look at the rows
    const ProductId id = test::productId(server, u"brevo"_s);
    const qint64 version = server.versionedProduct(id)->version;

    auto *browser = m_switcher->window()->findChild<CatalogueBrowser *>(u"catalogueBrowser"_s);
    ProductDialog *dialog = browser->openProductDialog(id);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *description = dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
    description->selectAll();
    QTest::keyClicks(description, u"Typed while the server was down."_s);
    QVERIFY2(m_server.stop(), qPrintable(m_server.error()));

    // The retry box runs its own event loop: answer it from a timer once it is up. The
    // first time Cancel (back to the dialog), the second time Retry with the server back.
    QStringList answers{u"cancel"_s, u"retry"_s};
    QElapsedTimer clock;
    QList<qint64> shownAfter;
    QString informative;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"saveRetryBox")
            return;
        shownAfter << clock.elapsed();
        informative = box->informativeText();
        if (answers.takeFirst() == u"cancel") {
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
            return;
        }
        answer.stop();
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
        QTest::mouseClick(box->button(QMessageBox::Retry), Qt::LeftButton);
    });
    answer.start();
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    clock.start();
    QTest::mouseClick(save, Qt::LeftButton);
    // Cancelled: the dialog is still open with the edit, nothing was written.
    QCOMPARE(shownAfter.size(), 1);
    QVERIFY2(shownAfter[0] < 1000, qPrintable(QString::number(shownAfter[0])));
    QVERIFY2(informative.contains(u"127.0.0.1"), qPrintable(informative));
    QVERIFY(dialog->isVisible());
    QCOMPARE(description->toPlainText(), u"Typed while the server was down."_s);

    clock.start();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(shownAfter.size(), 2);
    QVERIFY2(shownAfter[1] < 1000, qPrintable(QString::number(shownAfter[1])));
    QTRY_VERIFY(!dialog->isVisible());
    // Retry wrote the edit once: one version on.
    const std::optional<VersionedProduct> now = server.versionedProduct(id);
    QCOMPARE(now->version, version + 1);
    QCOMPARE(now->product.description, u"Typed while the server was down."_s);
}

QTEST_MAIN(TestTeamConnection)
#include "tst_teamconnection.moc"
