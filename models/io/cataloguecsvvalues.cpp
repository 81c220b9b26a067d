#include "cataloguecsvvalues.h"

#include "domain/product.h"

#include <QHash>

#include <algorithm>

namespace sa {

namespace {

// Lower-case words separated by single spaces: "Mid-Market " -> "mid market".
QString words(QStringView text)
{
    QString out;
    bool space = false;
    for (const QChar c : CatalogueCsvValues::trimmed(text)) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'/') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c.toLower();
    }
    return out;
}

bool isCurrencySymbol(QChar c)
{
    return c == u'$' || c == u'€' || c == u'£' || c == u'¥';
}

} // namespace

QStringView CatalogueCsvValues::trimmed(QStringView text)
{
    const auto plain = [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x80;
    };
    if (text.isEmpty() || (plain(text.front()) && plain(text.back())))
        return text;
    return text.trimmed();
}

std::optional<qint64> CatalogueCsvValues::price(QStringView text)
{
    QStringView t = trimmed(text);
    if (t.isEmpty() || !t.front().isDigit()) {
        static const char16_t *const kUnpublished[]
            = {u"", u"-", u"\u2013", u"\u2014", u"n/a", u"na", u"quote", u"on request", u"tbd"};
        for (const char16_t *word : kUnpublished) {
            if (t.compare(QStringView(word), Qt::CaseInsensitive) == 0)
                return -1;
        }
    }
    // Currency around the number: "$ 9,600", "9600 USD", "1.250,50 €".
    while (!t.isEmpty() && isCurrencySymbol(t.front()))
        t = t.sliced(1).trimmed();
    while (!t.isEmpty() && isCurrencySymbol(t.back()))
        t = t.chopped(1).trimmed();
    if (t.size() > 4 && t[t.size() - 4] == u' '
        && std::all_of(t.end() - 3, t.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        t = t.first(t.size() - 4).trimmed();

    // Which separator, if any, is the decimal point: the later one when both appear; a
    // single one unless exactly three digits follow it ("9,600" and "12.500" group thousands).
    qsizetype lastDot = -1, lastComma = -1, separators = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u'.' || t[i] == u',') {
            (t[i] == u'.' ? lastDot : lastComma) = i;
            ++separators;
        }
    }
    qsizetype decimal = -1;
    if (lastDot >= 0 && lastComma >= 0)
        decimal = std::max(lastDot, lastComma);
    else if (separators == 1)
        decimal
            = t.size() - std::max(lastDot, lastComma) - 1 == 3 ? -1 : std::max(lastDot, lastComma);

    qint64 value = 0;
    int wholeDigits = 0;
    int firstFraction = -1; // the first digit after the decimal point, for rounding
    bool inFraction = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (inFraction) {
                if (firstFraction < 0)
                    firstFraction = c - u'0';
            } else if (++wholeDigits > 15) {
                return std::nullopt;
            } else {
                value = value * 10 + (c - u'0');
            }
        } else if (i == decimal) {
            inFraction = true;
        } else if (inFraction
                   || !(c == u'.' || c == u',' || c == u' ' || c == u'\'' || c == 0xA0
                        || c == 0x202F)) {
            return std::nullopt; // letters, a sign, grouping after the decimal point...
        }
    }
    if (wholeDigits == 0 || (inFraction && firstFraction < 0))
        return std::nullopt;
    return value + (firstFraction >= 5 ? 1 : 0);
}

QDate CatalogueCsvValues::date(QStringView text)
{
    QStringView t = trimmed(text);
    if (t.size() > 10 && (t[10] == u'T' || t[10] == u' '))
        t = t.first(10);
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (t[i] < u'0' || t[i] > u'9')
                return -1;
            value = value * 10 + (t[i].unicode() - u'0');
        }
        return value;
    };
    if ((t.size() != 7 && t.size() != 10) || (t[4] != u'-' && t[4] != u'/'))
        return {};
    const int year = number(0, 4), month = number(5, 2);
    const int day = t.size() == 7 ? 1 : t[7] == t[4] ? number(8, 2) : -1;
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for impossible dates such as 2025-02-30
}

std::optional<int> CatalogueCsvValues::strength(QStringView text)
{
    const QStringView t = trimmed(text);
    if (t.size() == 1 && t[0] >= u'1' && t[0] <= u'3')
        return t[0].unicode() - u'0';
    for (int s = 1; s <= 3; ++s) {
        if (t.compare(strengthName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

std::optional<QString> CatalogueCsvValues::segment(QStringView text)
{
    static const QHash<QString, QString> kSegments{
        {QStringLiteral("smb"), QStringLiteral("smb")},
        {QStringLiteral("small"), QStringLiteral("smb")},
        {QStringLiteral("small business"), QStringLiteral("smb")},
        {QStringLiteral("small businesses"), QStringLiteral("smb")},
        {QStringLiteral("small and medium business"), QStringLiteral("smb")},
        {QStringLiteral("small & medium business"), QStringLiteral("smb")},
        {QStringLiteral("sme"), QStringLiteral("smb")},
        {QStringLiteral("mid market"), QStringLiteral("mid-market")},
        {QStringLiteral("midmarket"), QStringLiteral("mid-market")},
        {QStringLiteral("mid"), QStringLiteral("mid-market")},
        {QStringLiteral("mid size"), QStringLiteral("mid-market")},
        {QStringLiteral("midsize"), QStringLiteral("mid-market")},
        {QStringLiteral("medium"), QStringLiteral("mid-market")},
        {QStringLiteral("medium business"), QStringLiteral("mid-market")},
        {QStringLiteral("enterprise"), QStringLiteral("enterprise")},
        {QStringLiteral("enterprises"), QStringLiteral("enterprise")},
        {QStringLiteral("large"), QStringLiteral("enterprise")},
        {QStringLiteral("large enterprise"), QStringLiteral("enterprise")},
    };
    const QStringView t = trimmed(text);
    for (const QString &key : knownSegments()) {
        if (t == key) // the format's own spelling: no normalising needed
            return key;
    }
    const auto it = kSegments.constFind(words(t));
    return it == kSegments.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<QString> CatalogueCsvValues::deployment(QStringView text)
{
    const QStringView t = trimmed(text);
    for (const QStringView key :
         {QStringView(u"cloud"), QStringView(u"on-premise"), QStringView(u"hybrid")}) {
        if (t == key)
            return key.toString();
    }
    const QString w = words(t);
    if (w == u"cloud" || w == u"saas" || w == u"hosted" || w == u"cloud based")
        return QStringLiteral("cloud");
    if (w == u"on premise" || w == u"on premises" || w == u"on prem" || w == u"onpremise"
        || w == u"self hosted")
        return QStringLiteral("on-premise");
    if (w == u"hybrid")
        return QStringLiteral("hybrid");
    return std::nullopt;
}

std::optional<QString> CatalogueCsvValues::currency(QStringView text)
{
    const QStringView t = trimmed(text);
    if (t == u"$" || t == u"USD")
        return QStringLiteral("USD");
    if (t == u"EUR")
        return QStringLiteral("EUR");
    if (t == u"€")
        return QStringLiteral("EUR");
    if (t == u"£")
        return QStringLiteral("GBP");
    if (t.size() != 3)
        return std::nullopt;
    for (const QChar c : t) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return std::nullopt;
    }
    return t.toString().toUpper();
}

} // namespace sa
