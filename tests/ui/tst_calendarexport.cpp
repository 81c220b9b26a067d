// File > Export Calendar… in the real main window: disabled until a workspace is open,
// then the file chooser's path (".ics" added when it has no suffix) gets the workspace's
// notice deadlines and renewals through the writer `stackatlas-cli calendar` uses
// (tests/cli/tst_calendarcli.cpp checks the format with a parser). The one tool's
// contract ends 100 days from today with 30 days' notice and does not renew: two events,
// the notice deadline 70 days from today (reminders 14 and 1 days before) and the end
// (reminder 30 days before).
#include "filedialogs.h"
#include "store/workspacefile.h"
#include "testutil.h"
#include "windowfixture.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCalendarExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::WindowFixture::initTestCase(); }

    void exportsDeadlinesAndRenewals()
    {
        test::WindowFixture fixture;
        QVERIFY(fixture.start());
        QAction *action = fixture.child<QAction>(u"exportCalendarAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());

        const QDate today = QDate::currentDate();
        WorkspaceImport content;
        Tool tool;
        tool.name = u"Webinar Hub"_s;
        tool.annualCost = 120'000;
        tool.contractEnd = today.addDays(100);
        tool.noticeDays = 30;
        tool.autoRenew = false;
        content.tools = {tool};
        WorkspaceInfo info;
        info.company = u"Calendar Co"_s;
        info.currency = u"USD"_s;
        OpenedWorkspace created
            = createWorkspace(fixture.filePath(u"cal.stackatlas"_s), info, content);
        QVERIFY2(created.ok(), qPrintable(created.message));
        fixture.window()->workspace()->take(std::move(created.store));
        QVERIFY(action->isEnabled());

        FileDialogs::setNextAnswers({fixture.filePath(u"contracts"_s)});
        action->trigger();
        QCOMPARE(FileDialogs::pendingAnswers(), 0);
        const QString path = fixture.filePath(u"contracts.ics"_s);
        QVERIFY(QFileInfo::exists(path));
        const QByteArray bytes = test::fileBytes(path);
        QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 2);
        QCOMPARE(bytes.count("BEGIN:VALARM\r\n"), 3);
        const auto event = [](QDate date, const char *summary) -> QByteArray {
            const QByteArray text
                = "DTSTART;VALUE=DATE:" + date.toString(u"yyyyMMdd").toLatin1()
                  + "\r\nDTEND;VALUE=DATE:" + date.addDays(1).toString(u"yyyyMMdd").toLatin1()
                  + "\r\nSUMMARY:" + summary + "\r\n";
            return text;
        };
        QVERIFY(bytes.contains(event(today.addDays(70), "Notice deadline: Webinar Hub")));
        QVERIFY(bytes.contains(event(today.addDays(100), "Contract ends: Webinar Hub")));
        QVERIFY(bytes.contains("X-WR-CALNAME:Calendar Co: contracts\r\n"));
        QCOMPARE(fixture.window()->statusBar()->currentMessage(),
                 u"Wrote 2 calendar events (renewals and notice deadlines) to contracts.ics."_s);

        // Cancelling the chooser writes nothing.
        QVERIFY(QFile::remove(path));
        FileDialogs::setNextAnswers({QString()});
        action->trigger();
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
