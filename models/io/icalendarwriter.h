#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace sa {

// One all-day event of a calendar, with reminders some days before it.
struct CalendarEvent
{
    QString uid; // stable across exports, so calendars update an event instead of adding one
    QDate date;
    QString summary;
    QString description;
    QString category;
    std::vector<int> remindDaysBefore; // one VALARM each
};

// Writes RFC 5545 iCalendar text: a VCALENDAR of all-day VEVENTs with DISPLAY VALARMs.
// Lines end in CRLF and are folded so that no line is longer than 75 octets (never
// inside a UTF-8 sequence); TEXT values escape backslash, semicolon, comma and newline.
// The stamp (DTSTAMP) is passed in so that the same input writes the same bytes.
class ICalendarWriter
{
public:
    static QByteArray write(const std::vector<CalendarEvent> &events,
                            const QString &calendarName,
                            const QDateTime &stamp);
    static QString escapeText(const QString &text);
    // A content line folded to 75 octets per line, CRLF included after each.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace sa
