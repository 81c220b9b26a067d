#include "inventorydates.h"

#include "cataloguecsvvalues.h"

#include <QLocale>

#include <vector>

namespace sa {

namespace {

// A cell cut into what a date is made of, before the day/month order is applied.
struct DateParts
{
    enum class Kind { NotDate, Ordered, Numeric } kind = Kind::NotDate;
    int first = 0;  // Ordered: the month; Numeric: the first of the two small numbers
    int second = 0; // Ordered: the day; Numeric: the second
    int year = 0;
    bool dotted = false;
};

int monthNamed(QStringView word)
{
    static const std::vector<std::pair<const char16_t *, int>> names{
        {u"january", 1},   {u"february", 2},  {u"march", 3},  {u"april", 4},     {u"may", 5},
        {u"june", 6},      {u"july", 7},      {u"august", 8}, {u"september", 9}, {u"october", 10},
        {u"november", 11}, {u"december", 12}, {u"sept", 9},   {u"januar", 1},    {u"februar", 2},
        {u"märz", 3},      {u"mai", 5},       {u"juni", 6},   {u"juli", 7},      {u"oktober", 10},
        {u"dezember", 12}, {u"mär", 3},       {u"mrz", 3},    {u"okt", 10},      {u"dez", 12},
    };
    const QString w = word.toString().toCaseFolded();
    for (const auto &[name, month] : names) {
        const QStringView n(name);
        if (w == n || (w.size() == 3 && n.startsWith(w)))
            return month;
    }
    return 0;
}

bool isWeekday(QStringView word)
{
    static const char16_t *const days[] = {u"mon",
                                           u"tue",
                                           u"wed",
                                           u"thu",
                                           u"fri",
                                           u"sat",
                                           u"sun",
                                           u"monday",
                                           u"tuesday",
                                           u"wednesday",
                                           u"thursday",
                                           u"friday",
                                           u"saturday",
                                           u"sunday"};
    for (const char16_t *d : days) {
        if (word.compare(QStringView(d), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int fullYear(int year, qsizetype digits)
{
    return digits <= 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

// Words of letters and numbers; a number keeps its digit count, "31st" reads as 31.
struct Token
{
    QStringView text;
    int number = -1;
    qsizetype digits = 0; // of the number: "31st" has 2
};

DateParts split(QStringView t)
{
    DateParts parts;
    // A time after the date ("2027-03-31 00:00:00", "3/31/2027 0:00") is dropped.
    if (const qsizetype space = t.indexOf(u' '); space > 0 && t.sliced(space).contains(u':'))
        t = t.first(space);
    if (t.size() > 10 && t[10] == u'T')
        t = t.first(10);

    std::vector<Token> tokens;
    QChar separator;
    bool oneSeparator = true;
    for (qsizetype i = 0; i < t.size();) {
        if (!t[i].isLetterOrNumber()) {
            if (t[i] != u' ' && t[i] != u',') {
                oneSeparator = oneSeparator && (separator.isNull() || separator == t[i]);
                separator = t[i];
            }
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < t.size() && t[j].isLetterOrNumber())
            ++j;
        Token token{t.sliced(i, j - i)};
        qsizetype digits = 0;
        while (digits < token.text.size() && token.text[digits].isDigit())
            ++digits;
        const QStringView rest = token.text.sliced(digits);
        if (digits > 0 && digits <= 4
            && (rest.isEmpty() || rest == u"st" || rest == u"nd" || rest == u"rd"
                || rest == u"th")) {
            token.number = token.text.first(digits).toInt();
            token.digits = digits;
        }
        if (!isWeekday(token.text))
            tokens.push_back(token);
        i = j;
    }
    if (tokens.size() != 3)
        return parts;

    int month = 0, monthAt = -1;
    for (int i = 0; i < 3; ++i) {
        if (tokens[size_t(i)].number < 0) {
            if (monthAt >= 0 || (month = monthNamed(tokens[size_t(i)].text)) == 0)
                return parts;
            monthAt = i;
        }
    }
    const auto digitsOf = [&](int i) {
        return tokens[size_t(i)].digits;
    };
    if (monthAt >= 0) {
        // "31 Mar 2027", "Mar 31, 2027", "2027-Mar-31": the four-digit (or later) number is the
        // year.
        std::vector<int> numbers;
        for (int i = 0; i < 3; ++i) {
            if (i != monthAt)
                numbers.push_back(i);
        }
        const bool yearFirst = digitsOf(numbers[0]) == 4;
        const int yearAt = yearFirst ? numbers[0] : numbers[1];
        parts.kind = DateParts::Kind::Ordered;
        parts.first = month;
        parts.second = tokens[size_t(yearFirst ? numbers[1] : numbers[0])].number;
        parts.year = fullYear(tokens[size_t(yearAt)].number, digitsOf(yearAt));
        return parts;
    }
    if (!oneSeparator || separator.isNull() || separator == u':')
        return parts;
    if (digitsOf(0) == 4 && digitsOf(1) <= 2 && digitsOf(2) <= 2) { // ISO-like: 2027/03/31
        parts.kind = DateParts::Kind::Ordered;
        parts.year = tokens[0].number;
        parts.first = tokens[1].number;
        parts.second = tokens[2].number;
        return parts;
    }
    if (digitsOf(0) > 2 || digitsOf(1) > 2 || (digitsOf(2) != 2 && digitsOf(2) != 4))
        return parts;
    parts.kind = DateParts::Kind::Numeric;
    parts.first = tokens[0].number;
    parts.second = tokens[1].number;
    parts.year = fullYear(tokens[2].number, digitsOf(2));
    parts.dotted = separator == u'.';
    return parts;
}

Expected<QDate> checked(QStringView text, int year, int month, int day)
{
    const QString quoted = u"'" + text + u"' is not a date: ";
    if (month < 1 || month > 12)
        return Error::badInput(quoted + u"there is no month " + QString::number(month));
    const QDate firstOfMonth(year, month, 1);
    if (!firstOfMonth.isValid())
        return Error::badInput(quoted + u"there is no year " + QString::number(year));
    if (day < 1 || day > firstOfMonth.daysInMonth())
        return Error::badInput(quoted + QLocale::c().monthName(month) + u' ' + QString::number(year)
                               + u" has " + QString::number(firstOfMonth.daysInMonth()) + u" days");
    return QDate(year, month, day);
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::MonthFirst:
        return QStringLiteral("month/day");
    case DateOrder::DayFirst:
        return QStringLiteral("day/month");
    case DateOrder::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DateOrder InventoryDates::evidence(QStringView text, bool *ambiguous, bool *dotted)
{
    const DateParts parts = split(CatalogueCsvValues::trimmed(text));
    const bool numeric = parts.kind == DateParts::Kind::Numeric;
    if (ambiguous)
        *ambiguous = numeric && parts.first <= 12 && parts.second <= 12;
    if (dotted)
        *dotted = numeric && parts.dotted;
    if (!numeric || (parts.first > 12) == (parts.second > 12))
        return DateOrder::Unknown;
    return parts.first > 12 ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

Expected<QDate> InventoryDates::read(QStringView text, DateOrder order, const QString &orderSource)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (t.isEmpty())
        return QDate();
    if (const QDate iso = CatalogueCsvValues::date(t); iso.isValid())
        return iso;
    const DateParts parts = split(t);
    switch (parts.kind) {
    case DateParts::Kind::NotDate:
        break;
    case DateParts::Kind::Ordered:
        return checked(t, parts.year, parts.first, parts.second);
    case DateParts::Kind::Numeric: {
        const DateOrder own = evidence(t);
        if (own == DateOrder::Unknown || own == order || order == DateOrder::Unknown) {
            const bool dayFirst = (own == DateOrder::Unknown ? order : own) == DateOrder::DayFirst;
            return checked(t,
                           parts.year,
                           dayFirst ? parts.second : parts.first,
                           dayFirst ? parts.first : parts.second);
        }
        return Error::badInput(u"'" + t + u"' is not a date in " + dateOrderName(order) + u" order"
                               + (orderSource.isEmpty() ? QString() : u", " + orderSource));
    }
    }
    return Error::badInput(u"'" + t
                           + u"' is not a date (expected, for example, 2027-03-31, 03/31/2027, "
                             u"31.03.2027 or 31 Mar 2027)");
}

} // namespace sa
