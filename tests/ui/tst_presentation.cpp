// Presentation mode over the dashboard stack (tests/testutil/dashboardfixture; figures in
// tests/unit/tst_dashboardmodels.cpp and tst_stackanalysis.cpp): F5 in the main window
// starts it full screen, the slides are built from the workspace, every navigation key
// moves as a presenter expects, Esc leaves, and a slide renders at 1366 x 768.
#include "dashboardfixture.h"
#include "dashboardview.h"
#include "itemmodels/dashboardmodels.h"
#include "presentation/presentationwindow.h"
#include "windowfixture.h"
#include "workspacecontroller.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

QStringList figures(const Slide &slide)
{
    QStringList out;
    for (const Slide::Figure &f : slide.figures)
        out << f.value + u' ' + f.caption;
    return out;
}

} // namespace

class TestPresentation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void slidesFromTheWorkspace();
    void keysMoveThroughTheSlidesAndEscLeaves();
    void rendersAtTheLaptopScreen();

private:
    PresentationWindow *start();

    std::unique_ptr<test::WindowFixture> m_fixture;
    DashboardView *m_dashboard = nullptr;
};

void TestPresentation::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestPresentation::init()
{
    m_fixture = std::make_unique<test::WindowFixture>();
    QVERIFY(m_fixture->start());
    OpenedWorkspace created
        = test::createDashboardWorkspace(m_fixture->filePath(u"hand.stackatlas"_s));
    QVERIFY(created.ok());
    m_fixture->window()->workspace()->take(std::move(created.store));
    m_dashboard = qobject_cast<DashboardView *>(m_fixture->window()->view(u"dashboard"_s));
    QVERIFY(m_dashboard);
    m_dashboard->models()->setToday(test::dashboardToday());
}

void TestPresentation::cleanup()
{
    m_fixture.reset();
    m_dashboard = nullptr;
}

// F5 in the window, as the presenter starts it.
PresentationWindow *TestPresentation::start()
{
    QTest::keyClick(m_fixture->window(), Qt::Key_F5);
    auto *window = m_dashboard->findChild<PresentationWindow *>(u"presentation"_s);
    if (window && !QTest::qWaitForWindowActive(window))
        qWarning("the presentation did not become active");
    return window;
}

void TestPresentation::slidesFromTheWorkspace()
{
    PresentationWindow *window = start();
    QVERIFY(window);
    QVERIFY(window->windowState() & Qt::WindowFullScreen);
    QStringList ids;
    for (const Slide &s : window->slides())
        ids << s.id;
    QCOMPARE(ids,
             (QStringList{u"title"_s,
                          u"findings"_s,
                          u"spend"_s,
                          u"overlaps"_s,
                          u"gaps"_s,
                          u"integrations"_s,
                          u"plan"_s,
                          u"renewals"_s}));
    const std::vector<Slide> &slides = window->slides();
    QCOMPARE(slides[0].title, u"Hand"_s);
    QCOMPARE(slides[0].points,
             (QStringList{u"Friday, January 15, 2027"_s, u"Prepared by Mo Adeyemi"_s}));
    // 4,350.00 a year, 1,476.19 spent twice, 1,171.43 of unused seats, two gaps.
    QCOMPARE(figures(slides[1]),
             (QStringList{u"$4,350 Annual spend"_s,
                          u"$1,476 Spent twice"_s,
                          u"$1,171 Unused seats"_s,
                          u"2 Gaps"_s}));
    QCOMPARE(slides[1].points,
             (QStringList{u"3 capabilities are paid for more than once"_s,
                          u"Retiring Echo Pages would lose no capability"_s,
                          u"3 tools used by under half their seats"_s,
                          u"One group of tools reaches no hub"_s}));
    QCOMPARE(slides[2].points.first(), u"Commerce & Sales: $2,000, 46.0 %"_s);
    QCOMPARE(slides[3].points,
             (QStringList{u"Lead scoring: 2 tools, $800 spent twice"_s,
                          u"Landing pages: 3 tools, $505 spent twice"_s,
                          u"Email sending: 2 tools, $171 spent twice"_s}));
    QCOMPARE(slides[4].points,
             (QStringList{u"Web analytics (must): nothing covers it"_s,
                          u"Live chat (should): strength 2 of 3 needed"_s}));
    // Hub: Delta CRM (a CRM); silo Echo-Golf; Beta holds Gamma to the rest.
    QCOMPARE(slides[5].points,
             (QStringList{u"Hubs: Delta CRM"_s,
                          u"Silo: Echo Pages and Golf Notes"_s,
                          u"Single point of failure: Beta Automation"_s}));
    QCOMPARE(slides[6].title, u"The plan: Consolidate"_s);
    QCOMPARE(figures(slides[6]),
             (QStringList{u"$4,350 Today's stack"_s, u"$4,150 With the plan"_s, u"$200 Saved"_s}));
    QCOMPARE(slides[6].points, QStringList{u"Beta Automation: retire on 3/31/27"_s});
    QCOMPARE(slides[7].points,
             (QStringList{u"Alpha Mail: $1,000 on 31 Mar, notice by 30 Jan"_s,
                          u"Delta CRM: $2,000 on 30 Jun, notice by 31 May"_s}));
}

void TestPresentation::keysMoveThroughTheSlidesAndEscLeaves()
{
    QPointer<PresentationWindow> window = start();
    QVERIFY(window);
    QSignalSpy changed(window.data(), &PresentationWindow::slideChanged);
    const auto press = [&window](Qt::Key key) {
        QTest::keyClick(window.data(), key);
        return QString(QString::number(window->currentIndex()) + u' '
                       + window->currentSlide().title);
    };
    QCOMPARE(window->currentIndex(), 0);
    QCOMPARE(press(Qt::Key_Right), u"1 Headline findings"_s);
    QCOMPARE(press(Qt::Key_Space), u"2 Where the money goes"_s);
    QCOMPARE(press(Qt::Key_PageDown), u"3 Overlaps and redundant spend"_s);
    QCOMPARE(press(Qt::Key_Down), u"4 Gaps"_s);
    QCOMPARE(press(Qt::Key_Left), u"3 Overlaps and redundant spend"_s);
    QCOMPARE(press(Qt::Key_PageUp), u"2 Where the money goes"_s);
    QCOMPARE(press(Qt::Key_Backspace), u"1 Headline findings"_s);
    QCOMPARE(press(Qt::Key_End), u"7 Renewals ahead"_s);
    QCOMPARE(press(Qt::Key_Right), u"7 Renewals ahead"_s); // the last stays
    QCOMPARE(press(Qt::Key_Home), u"0 Hand"_s);
    QCOMPARE(press(Qt::Key_Up), u"0 Hand"_s); // the first stays
    QCOMPARE(press(Qt::Key_Return), u"1 Headline findings"_s);
    // A click goes on too.
    QTest::mouseClick(window.data(), Qt::LeftButton);
    QCOMPARE(window->currentIndex(), 2);
    // Eleven moves; the two at either end were no change.
    QCOMPARE(changed.size(), 11);

    QTest::keyClick(window.data(), Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
    QVERIFY(m_fixture->window()->isVisible());
}

void TestPresentation::rendersAtTheLaptopScreen()
{
    PresentationWindow *window = start();
    QVERIFY(window);
    const QColor navy(0x1f, 0x3a, 0x5f);
    const QImage title = window->renderSlide(0, QSize(1366, 768));
    QCOMPARE(title.size(), QSize(1366, 768));
    QCOMPARE(title.pixelColor(700, 20), navy); // the title slide is navy
    const QImage findings = window->renderSlide(1, QSize(1366, 768));
    QCOMPARE(findings.pixelColor(700, 3), navy);                // the band along the top
    QCOMPARE(findings.pixelColor(700, 400), QColor(Qt::white)); // below the points
    // A wider screen keeps the 16:9 slide in the middle: white bars at the sides.
    const QImage wide = window->renderSlide(1, QSize(1920, 768));
    QCOMPARE(wide.pixelColor(100, 3), QColor(Qt::white));
    QCOMPARE(wide.pixelColor(960, 3), navy);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
