// stackatlas-cli calendar, and the RFC 5545 writer under it, read back by a small strict
// parser written here: every line ends in CRLF and has at most 75 octets, folded lines
// start with one space and never split a UTF-8 sequence, components nest and close,
// required properties are there once, TEXT escapes round-trip.
#include "io/icalendarwriter.h"
#include "planfixture.h"
#include "store/workspacefile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

struct Property
{
    QString name;
    QStringList params;
    QString value;
};

struct Component
{
    QString name;
    std::vector<Property> properties;
    std::vector<Component> children;

    QStringList values(const QString &property) const
    {
        QStringList out;
        for (const Property &p : properties) {
            if (p.name == property)
                out << p.value;
        }
        return out;
    }
    QString value(const QString &property) const { return values(property).value(0); }
};

QString unescape(const QString &text, QString *error)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            if (text[i] == u';' || text[i] == u',')
                *error = u"unescaped "_s + text[i] + u" in TEXT"_s;
            out += text[i];
            continue;
        }
        if (++i >= text.size()) {
            *error = u"backslash at the end of a value"_s;
            return out;
        }
        const QChar c = text[i];
        if (c == u'n' || c == u'N')
            out += u'\n';
        else if (c == u'\\' || c == u';' || c == u',')
            out += c;
        else
            *error = u"bad escape \\"_s + c;
    }
    return out;
}

// Parses iCalendar bytes strictly; *error says what is wrong (and where) when it is.
Component parse(const QByteArray &bytes, QString *error)
{
    std::vector<QByteArray> logical;
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n", pos);
        ++lineNo;
        if (end < 0) {
            *error = u"line %1 does not end in CRLF"_s.arg(lineNo);
            return {};
        }
        const QByteArray line = bytes.mid(pos, end - pos);
        pos = end + 2;
        if (line.contains('\n') || line.contains('\r')) {
            *error = u"bare CR or LF in line %1"_s.arg(lineNo);
            return {};
        }
        if (line.size() > 75) {
            *error = u"line %1 has %2 octets"_s.arg(lineNo).arg(line.size());
            return {};
        }
        if (line.startsWith(' ')) {
            if (logical.empty() || line.size() < 2 || (uchar(line[1]) & 0xC0) == 0x80) {
                *error = u"bad continuation at line %1"_s.arg(lineNo);
                return {};
            }
            logical.back() += line.mid(1);
        } else {
            logical.push_back(line);
        }
    }
    std::vector<Component> stack;
    Component root;
    for (const QByteArray &raw : logical) {
        const QString line = QString::fromUtf8(raw);
        if (line.toUtf8() != raw) {
            *error = u"invalid UTF-8"_s;
            return {};
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *error = u"no name:value in '"_s + line + u"'"_s;
            return {};
        }
        QStringList head = line.left(colon).split(u';');
        Property p{head.takeFirst(), head, line.mid(colon + 1)};
        if (p.name == u"BEGIN") {
            stack.push_back(Component{p.value, {}, {}});
        } else if (p.name == u"END") {
            if (stack.empty() || stack.back().name != p.value) {
                *error = u"END:"_s + p.value + u" does not close what is open"_s;
                return {};
            }
            Component done = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                root = std::move(done);
            else
                stack.back().children.push_back(std::move(done));
        } else if (stack.empty()) {
            *error = u"property outside a component: "_s + p.name;
            return {};
        } else {
            if (p.name == u"SUMMARY" || p.name == u"DESCRIPTION" || p.name == u"CATEGORIES"
                || p.name == u"X-WR-CALNAME")
                p.value = unescape(p.value, error);
            stack.back().properties.push_back(p);
        }
    }
    if (!stack.empty()) {
        *error = stack.back().name + u" is never closed"_s;
        return {};
    }
    if (root.name != u"VCALENDAR")
        *error = u"not a VCALENDAR"_s;
    for (const char16_t *required : {u"VERSION", u"PRODID"}) {
        if (root.values(QString::fromUtf16(required)).size() != 1)
            *error = u"VCALENDAR needs one "_s + QString::fromUtf16(required);
    }
    for (const Component &e : root.children) {
        for (const char16_t *required : {u"UID", u"DTSTAMP", u"DTSTART"}) {
            if (e.values(QString::fromUtf16(required)).size() != 1)
                *error = e.name + u" needs one "_s + QString::fromUtf16(required);
        }
        for (const Component &a : e.children) {
            if (a.name != u"VALARM" || a.values(u"ACTION"_s).size() != 1
                || a.values(u"TRIGGER"_s).size() != 1 || a.values(u"DESCRIPTION"_s).size() != 1)
                *error = u"a VALARM needs ACTION, TRIGGER and DESCRIPTION"_s;
        }
    }
    return root;
}

} // namespace

class TestCalendarCli final : public QObject
{
    Q_OBJECT

private slots:
    void foldingAndEscaping()
    {
        // 60 'é' (2 octets each) force folds inside multi-octet text; the name has every
        // character TEXT must escape.
        CalendarEvent e;
        e.uid = u"tool-1-notice-20250301@acme.stackatlas"_s;
        e.date = QDate(2025, 3, 1);
        e.summary = u"Notice: A, B; C\\D"_s;
        e.description = u"Line one\nLine two: "_s + QString(60, QChar(0xE9)) + u" 🚀 end"_s;
        e.category = u"Notice deadline"_s;
        e.remindDaysBefore = {14, 1};
        const QByteArray bytes = ICalendarWriter::write(
            {e}, u"Acme, Inc.: contracts"_s, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QString error;
        const Component cal = parse(bytes, &error);
        QCOMPARE(error, QString());
        QCOMPARE(cal.value(u"X-WR-CALNAME"_s), u"Acme, Inc.: contracts"_s);
        QCOMPARE(cal.children.size(), size_t(1));
        const Component &ev = cal.children[0];
        QCOMPARE(ev.value(u"SUMMARY"_s), e.summary);
        QCOMPARE(ev.value(u"DESCRIPTION"_s), e.description);
        QCOMPARE(ev.value(u"DTSTAMP"_s), u"20250102T030405Z"_s);
        QCOMPARE(ev.value(u"DTSTART"_s), u"20250301"_s);
        QCOMPARE(ev.value(u"DTEND"_s), u"20250302"_s);
        QCOMPARE(ev.children.size(), size_t(2));
        QCOMPARE(ev.children[0].value(u"TRIGGER"_s), u"-P14D"_s);
        QCOMPARE(ev.children[1].value(u"TRIGGER"_s), u"-P1D"_s);
        QVERIFY(bytes.contains("SUMMARY:Notice: A\\, B\\; C\\\\D\r\n"));
        // The description is folded: its logical line is longer than 75 octets.
        QVERIFY(bytes.contains("\r\n "));
    }

    void parserRejectsBrokenText()
    {
        QString error;
        parse("BEGIN:VCALENDAR\nEND:VCALENDAR\n", &error);
        QCOMPARE(error, u"line 1 does not end in CRLF"_s);
        error.clear();
        parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n", &error);
        QCOMPARE(error, u"VCALENDAR is never closed"_s);
        error.clear();
        parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:a,b\r\nEND:VCALENDAR\r\n",
              &error);
        QCOMPARE(error, u"unescaped , in TEXT"_s);
    }

    void calendarCommand()
    {
        // From 2025-01-01: Tracker (renews itself, 2025-03-31, 30 days' notice) gets its
        // notice deadline 2025-03-01 and its renewal; Mailer (2025-06-30, 30 days) and
        // Suite (2025-12-31, 90 days) end unless renewed, with deadlines 05-31 and 10-02.
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"plan.stackatlas"_s);
        QVERIFY(createWorkspace(ws, test::planInfo(), test::planStackImport()).ok());
        const QString ics = dir.filePath(u"contracts.ics"_s);
        const test::CliRun run
            = test::runCli({u"calendar"_s, ws, u"-o"_s, ics, u"--start"_s, u"2025-01-01"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out,
                 u"Wrote 6 events (renewals and notice deadlines from 2025-01-01) to "_s + ics
                     + u"\n");
        QCOMPARE(run.exitCode, 0);
        QString error;
        const Component cal = parse(test::fileBytes(ics), &error);
        QCOMPARE(error, QString());
        QStringList events;
        for (const Component &e : cal.children)
            events << e.value(u"DTSTART"_s) + u' ' + e.value(u"SUMMARY"_s) + u' '
                          + QString::number(e.children.size());
        QCOMPARE(events,
                 (QStringList{u"20250301 Notice deadline: Tracker 2"_s,
                              u"20250331 Renewal: Tracker 1"_s,
                              u"20250531 Notice deadline: Mailer 2"_s,
                              u"20250630 Contract ends: Mailer 1"_s,
                              u"20251002 Notice deadline: Suite 2"_s,
                              u"20251231 Contract ends: Suite 1"_s}));
        const Component &mailer = cal.children[2];
        QCOMPARE(mailer.value(u"DESCRIPTION"_s),
                 u"Last day to give notice on Mailer for the contract ending 2025-06-30.\n"
                 u"Annual cost: $12,000.00.\nOwner: Mo Adeyemi.\nNotice period: 30 days.\n"
                 u"Ends unless renewed."_s);
        QVERIFY(mailer.value(u"UID"_s).endsWith(u"-notice-20250531@planwell-ltd.stackatlas"_s));
    }

    void calendarRefusals()
    {
        const test::CliRun run = test::runCli({u"calendar"_s, u"x.stackatlas"_s});
        QCOMPARE(run.err,
                 u"stackatlas-cli: calendar needs -o OUT.ics\n"
                 u"usage: stackatlas-cli calendar FILE -o OUT.ics [--start YYYY-MM-DD]\n"_s);
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"
