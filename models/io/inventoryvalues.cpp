#include "inventoryvalues.h"

#include "cataloguecsvvalues.h"

#include <QHash>

#include <algorithm>

namespace sa {

namespace {

// Case-folded words joined by single spaces: "In-Use " -> "in use".
QString words(QStringView text)
{
    QString out;
    for (const QChar c : CatalogueCsvValues::trimmed(text)) {
        if (c.isSpace() || c == u'-' || c == u'_') {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
        } else {
            out += c.toCaseFolded();
        }
    }
    return out.trimmed();
}

bool isUnknown(QStringView t)
{
    for (const QStringView word : {u"", u"-", u"\u2013", u"n/a", u"na", u"unknown", u"tbd"}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Leading digits of t as a number (at most 9 of them), and how many characters they took.
int leadingNumber(QStringView t, qsizetype *length)
{
    qsizetype i = 0;
    int value = 0;
    while (i < t.size() && i < 9 && t[i].isDigit() && t[i].unicode() < 128)
        value = value * 10 + (t[i++].unicode() - u'0');
    *length = i;
    return value;
}

} // namespace

Expected<int> InventoryValues::count(QStringView text)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (isUnknown(t))
        return -1;
    const QString quoted = u"'" + t + u'\'';
    if (t.startsWith(u'-') || t.startsWith(u'(') || t.startsWith(QChar(0x2212)))
        return Error::badInput(quoted + u" is negative; a count cannot be");
    qint64 value = 0;
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            if (++digits > 9)
                return Error::badInput(quoted + u" is too large for a count");
            value = value * 10 + (c.unicode() - u'0');
            continue;
        }
        // A separator is grouping when three digits follow it and then the end or another
        // separator; "12.0" and "12,00" are whole numbers too.
        const bool separator = c == u',' || c == u'.' || c == u' ' || c == u'\'' || c == QChar(0xA0)
                               || c == QChar(0x202F);
        qsizetype run = 0;
        while (i + 1 + run < t.size() && t[i + 1 + run].isDigit())
            ++run;
        const QStringView after = t.sliced(i + 1, run);
        const bool group = separator && digits > 0 && run == 3 && i + 4 <= t.size()
                           && (i + 4 == t.size() || !t[i + 4].isDigit());
        if (group)
            continue;
        if (separator && digits > 0 && (c == u'.' || c == u',') && run > 0
            && i + 1 + run == t.size()
            && std::all_of(after.begin(), after.end(), [](QChar d) { return d == u'0'; }))
            break;
        const bool fraction = separator && digits > 0 && run > 0;
        return Error::badInput(quoted
                               + (fraction ? QStringLiteral(" is not a whole number")
                                           : QStringLiteral(" is not a number")));
    }
    if (digits == 0)
        return Error::badInput(quoted + u" is not a number");
    return int(value);
}

Expected<int> InventoryValues::noticeDays(QStringView text, const QDate &contractEnd)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (isUnknown(t))
        return -1;
    const QString quoted = u"'" + t + u'\'';
    const QString w = words(t);
    if (w == u"none" || w == u"no" || w == u"keine")
        return 0;
    if (t.startsWith(u'-'))
        return Error::badInput(quoted + u" is negative; a notice period cannot be");
    qsizetype length = 0;
    const int n = leadingNumber(t, &length);
    const QString unit = words(t.sliced(length));
    if (length > 0) {
        static const QHash<QString, int> kUnits{
            {QString(), 1},
            {QStringLiteral("d"), 1},
            {QStringLiteral("day"), 1},
            {QStringLiteral("days"), 1},
            {QStringLiteral("calendar days"), 1},
            {QStringLiteral("tag"), 1},
            {QStringLiteral("tage"), 1},
            {QStringLiteral("w"), 7},
            {QStringLiteral("week"), 7},
            {QStringLiteral("weeks"), 7},
            {QStringLiteral("woche"), 7},
            {QStringLiteral("wochen"), 7},
            {QStringLiteral("m"), -1},
            {QStringLiteral("mo"), -1},
            {QStringLiteral("month"), -1},
            {QStringLiteral("months"), -1},
            {QStringLiteral("monat"), -1},
            {QStringLiteral("monate"), -1},
            {QStringLiteral("y"), -12},
            {QStringLiteral("yr"), -12},
            {QStringLiteral("year"), -12},
            {QStringLiteral("years"), -12},
            {QStringLiteral("jahr"), -12},
            {QStringLiteral("jahre"), -12},
        };
        if (const auto it = kUnits.constFind(unit); it != kUnits.constEnd()) {
            if (*it > 0)
                return n * *it;
            const int months = n * -*it;
            return contractEnd.isValid() ? int(contractEnd.addMonths(-months).daysTo(contractEnd))
                                         : 30 * months;
        }
    }
    return Error::badInput(quoted
                           + u" is not a notice period (expected, for example, 60, 60 days or "
                             u"3 months)");
}

Expected<bool> InventoryValues::yesNo(QStringView text, bool empty)
{
    const QString w = words(text);
    if (w.isEmpty())
        return empty;
    static const QHash<QString, bool> kWords{
        {QStringLiteral("yes"), true},
        {QStringLiteral("y"), true},
        {QStringLiteral("true"), true},
        {QStringLiteral("x"), true},
        {QStringLiteral("1"), true},
        {QStringLiteral("ja"), true},
        {QStringLiteral("j"), true},
        {QStringLiteral("✓"), true},
        {QStringLiteral("✔"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("n"), false},
        {QStringLiteral("false"), false},
        {QStringLiteral("0"), false},
        {QStringLiteral("nein"), false},
        {QStringLiteral("-"), false},
    };
    if (const auto it = kWords.constFind(w); it != kWords.constEnd())
        return *it;
    return Error::badInput(u"'" + CatalogueCsvValues::trimmed(text) + u"' is not yes or no");
}

Expected<ToolStatus> InventoryValues::status(QStringView text)
{
    const QString w = words(text);
    if (w.isEmpty())
        return ToolStatus::Active;
    if (ToolStatus s; parseToolStatus(w, &s))
        return s;
    using S = ToolStatus;
    static const QHash<QString, ToolStatus> kSynonyms{
        {QStringLiteral("in use"), S::Active},
        {QStringLiteral("live"), S::Active},
        {QStringLiteral("current"), S::Active},
        {QStringLiteral("production"), S::Active},
        {QStringLiteral("renewing"), S::Active},
        {QStringLiteral("aktiv"), S::Active},
        {QStringLiteral("pilot"), S::Trial},
        {QStringLiteral("poc"), S::Trial},
        {QStringLiteral("proof of concept"), S::Trial},
        {QStringLiteral("evaluation"), S::Trial},
        {QStringLiteral("evaluating"), S::Trial},
        {QStringLiteral("free trial"), S::Trial},
        {QStringLiteral("trialing"), S::Trial},
        {QStringLiteral("trialling"), S::Trial},
        {QStringLiteral("test"), S::Trial},
        {QStringLiteral("sunset"), S::Retiring},
        {QStringLiteral("sunsetting"), S::Retiring},
        {QStringLiteral("deprecated"), S::Retiring},
        {QStringLiteral("phasing out"), S::Retiring},
        {QStringLiteral("being retired"), S::Retiring},
        {QStringLiteral("to be retired"), S::Retiring},
        {QStringLiteral("not renewing"), S::Retiring},
        {QStringLiteral("do not renew"), S::Retiring},
        {QStringLiteral("cancelling"), S::Retiring},
        {QStringLiteral("canceling"), S::Retiring},
        {QStringLiteral("cancelled"), S::Retired},
        {QStringLiteral("canceled"), S::Retired},
        {QStringLiteral("inactive"), S::Retired},
        {QStringLiteral("ended"), S::Retired},
        {QStringLiteral("terminated"), S::Retired},
        {QStringLiteral("expired"), S::Retired},
        {QStringLiteral("churned"), S::Retired},
        {QStringLiteral("decommissioned"), S::Retired},
        {QStringLiteral("gekündigt"), S::Retired},
    };
    if (const auto it = kSynonyms.constFind(w); it != kSynonyms.constEnd())
        return *it;
    return Error::badInput(u"unknown status '" + CatalogueCsvValues::trimmed(text)
                           + u"' (expected active, trial, retiring or retired)");
}

Expected<int> InventoryValues::satisfaction(QStringView text)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (t.isEmpty())
        return 0;
    const QString w = words(t);
    const bool outOfFive
        = w.size() == 1 || w.endsWith(u"/5") || w.endsWith(u"/ 5") || w.endsWith(u" of 5");
    if (outOfFive && w[0] >= u'1' && w[0] <= u'5' && (w.size() == 1 || !w[1].isDigit()))
        return w[0].unicode() - u'0';
    return Error::badInput(u"satisfaction must be 1 to 5, not '" + t + u'\'');
}

Expected<Importance> InventoryValues::importance(QStringView text)
{
    const QString w = words(text);
    if (w.isEmpty())
        return Importance::Must;
    if (Importance i; parseImportance(w, &i))
        return i;
    if (w == u"high" || w == u"p1" || w == u"critical")
        return Importance::Must;
    if (w == u"medium" || w == u"p2")
        return Importance::Should;
    if (w == u"low" || w == u"p3" || w == u"could" || w == u"could have")
        return Importance::Nice;
    return Error::badInput(u"unknown importance '" + CatalogueCsvValues::trimmed(text)
                           + u"' (expected must, should or nice)");
}

Expected<int> InventoryValues::strength(QStringView text, int empty)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (t.isEmpty())
        return empty;
    if (const std::optional<int> s = CatalogueCsvValues::strength(t))
        return *s;
    return Error::badInput(u"strength must be 1, 2 or 3 (or basic, solid, leading), not '" + t
                           + u'\'');
}

} // namespace sa
