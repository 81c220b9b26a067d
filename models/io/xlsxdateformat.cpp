#include "xlsxdateformat.h"

#include <QDateTime>

#include <cmath>
#include <optional>

namespace sa {

namespace {

// "2024-03-01", "2024-03-01 18:00:00", "18:00:00", written digit by digit: QDate's
// format strings cost more than the rest of a cell.
QString format(const QDate &date, int seconds, XlsxDateFormat::Kind kind)
{
    char16_t text[19];
    qsizetype size = 0;
    const auto put = [&](int value, int digits) {
        for (int d = digits - 1; d >= 0; --d, value /= 10)
            text[size + d] = char16_t(u'0' + value % 10);
        size += digits;
    };
    const bool withTime = kind == XlsxDateFormat::Kind::Time
                          || (kind == XlsxDateFormat::Kind::DateTime && seconds != 0);
    if (kind != XlsxDateFormat::Kind::Time) {
        put(date.year(), 4);
        text[size++] = u'-';
        put(date.month(), 2);
        text[size++] = u'-';
        put(date.day(), 2);
        if (withTime)
            text[size++] = u' ';
    }
    if (withTime) {
        put(seconds / 3600, 2);
        text[size++] = u':';
        put(seconds / 60 % 60, 2);
        text[size++] = u':';
        put(seconds % 60, 2);
    }
    return QStringView(text, size).toString();
}

// The first section of a format code with literal text, escapes, fill and padding
// characters, colours and locales taken out, lower case; nothing for elapsed time ([h]).
std::optional<QString> essentials(QStringView code)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break;
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {
            }
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QStringView inside = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1);
            const QString lower = inside.toString().toLower();
            if (!lower.isEmpty() && lower.count(lower[0]) == lower.size()
                && (lower[0] == u'h' || lower[0] == u'm' || lower[0] == u's'))
                return std::nullopt;
            i = end < 0 ? code.size() : end;
        } else {
            out += c.toLower();
        }
    }
    out.remove(QStringLiteral("am/pm"));
    out.remove(QStringLiteral("a/p"));
    return out;
}

} // namespace

XlsxDateFormat::Kind XlsxDateFormat::builtIn(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return Kind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47)
        return Kind::Time;
    if (id == 22)
        return Kind::DateTime;
    return Kind::None;
}

XlsxDateFormat::Kind XlsxDateFormat::fromCode(QStringView code)
{
    const std::optional<QString> codeLetters = essentials(code);
    if (!codeLetters)
        return Kind::None;
    const QString &e = *codeLetters;
    const bool time = e.contains(u'h') || e.contains(u's');
    const bool date = e.contains(u'd') || e.contains(u'y') || (e.contains(u'm') && !time);
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    return time ? Kind::Time : Kind::None;
}

QString XlsxDateFormat::text(double serial, Kind kind, bool date1904)
{
    if (kind == Kind::None || !std::isfinite(serial) || serial < 0 || serial >= 2'958'466)
        return {};
    qint64 days = qint64(std::floor(serial));
    int seconds = int(std::lround((serial - double(days)) * 86'400.0));
    if (seconds == 86'400) {
        ++days;
        seconds = 0;
    }
    if (kind == Kind::Time)
        return format(QDate(), seconds, kind);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days >= 1 && days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return {};
    return format(date, seconds, kind);
}

QString XlsxDateFormat::isoText(const QString &iso, Kind kind)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        if (!date.isValid())
            return iso;
        at = QDateTime(date, QTime(0, 0));
    }
    const int seconds = at.time().msecsSinceStartOfDay() / 1000;
    return format(at.date(), seconds, kind == Kind::Time ? kind : Kind::DateTime);
}

} // namespace sa
