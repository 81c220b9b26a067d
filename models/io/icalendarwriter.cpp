#include "icalendarwriter.h"

namespace sa {

namespace {

constexpr int maxOctets = 75;

QByteArray dateText(const QDate &date)
{
    return date.toString(u"yyyyMMdd").toLatin1();
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += u"\\n";
        } else if (c == u'\n') {
            out += u"\\n";
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int room = maxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never split a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut > pos && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = maxOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::write(const std::vector<CalendarEvent> &events,
                                  const QString &calendarName,
                                  const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&out](const QByteArray &name, const QString &value) {
        out += foldLine(name + ':' + value.toUtf8());
    };
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
    line("BEGIN", QStringLiteral("VCALENDAR"));
    line("VERSION", QStringLiteral("2.0"));
    line("PRODID", QStringLiteral("-//StackAtlas//Contract calendar//EN"));
    line("CALSCALE", QStringLiteral("GREGORIAN"));
    line("METHOD", QStringLiteral("PUBLISH"));
    line("X-WR-CALNAME", escapeText(calendarName));
    for (const CalendarEvent &e : events) {
        line("BEGIN", QStringLiteral("VEVENT"));
        line("UID", e.uid);
        line("DTSTAMP", dtstamp);
        out += foldLine("DTSTART;VALUE=DATE:" + dateText(e.date));
        out += foldLine("DTEND;VALUE=DATE:" + dateText(e.date.addDays(1)));
        line("SUMMARY", escapeText(e.summary));
        if (!e.description.isEmpty())
            line("DESCRIPTION", escapeText(e.description));
        if (!e.category.isEmpty())
            line("CATEGORIES", escapeText(e.category));
        line("TRANSP", QStringLiteral("TRANSPARENT"));
        for (int days : e.remindDaysBefore) {
            line("BEGIN", QStringLiteral("VALARM"));
            line("ACTION", QStringLiteral("DISPLAY"));
            line("DESCRIPTION", escapeText(e.summary));
            line("TRIGGER", u"-P" + QString::number(days) + u'D');
            line("END", QStringLiteral("VALARM"));
        }
        line("END", QStringLiteral("VEVENT"));
    }
    line("END", QStringLiteral("VCALENDAR"));
    return out;
}

} // namespace sa
