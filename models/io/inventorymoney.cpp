#include "inventorymoney.h"

#include "cataloguecsvvalues.h"
#include "inventorycurrency.h"

#include <algorithm>
#include <optional>

namespace sa {

namespace {

bool isGrouping(QChar c)
{
    return c == u' ' || c == u'\'' || c == QChar(0xA0) || c == QChar(0x202F) || c == u'’';
}

bool isCurrencyChar(QChar c)
{
    return c.isLetter() || InventoryCurrency::isSymbol(c);
}

// A run of letters and symbols beside the number is a currency when it names one:
// a symbol, a code in capitals ("USD", "THB") or a known code in any case ("eur").
bool isCurrencyToken(QStringView token)
{
    if (InventoryCurrency::codes(token).isEmpty())
        return false;
    const bool letters
        = std::all_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
    return !letters || token.size() != 3 || InventoryCurrency::isKnownCode(token)
           || std::all_of(token.begin(), token.end(), [](QChar c) { return c.isUpper(); });
}

// The digits of a plain number with grouping and one decimal separator, in cents;
// nullopt when it is not one.
std::optional<Cents> centsOf(QStringView t)
{
    qsizetype lastDot = -1, lastComma = -1;
    int dots = 0, commas = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u'.')
            lastDot = i, ++dots;
        else if (t[i] == u',')
            lastComma = i, ++commas;
    }
    qsizetype decimal = -1;
    if (dots > 0 && commas > 0) {
        decimal = std::max(lastDot, lastComma);
    } else if (dots + commas == 1) {
        const qsizetype at = std::max(lastDot, lastComma);
        const bool thousands = t.size() - at - 1 == 3 && !(at == 1 && t[0] == u'0');
        decimal = thousands ? -1 : at;
    }
    Cents whole = 0;
    int wholeDigits = 0, fractionDigits = 0, fraction = 0;
    bool roundUp = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            const int d = c.unicode() - u'0';
            if (decimal >= 0 && i > decimal) {
                if (fractionDigits < 2)
                    fraction = fraction * 10 + d;
                else if (fractionDigits == 2)
                    roundUp = d >= 5;
                ++fractionDigits;
            } else if (++wholeDigits > 15) {
                return std::nullopt;
            } else {
                whole = whole * 10 + d;
            }
            continue;
        }
        if (i == decimal)
            continue;
        // Grouping only between digits of the whole part: "1,250", "1 250", "1'250".
        const bool grouping = c == u'.' || c == u',' || isGrouping(c);
        const bool between = i > 0 && i + 1 < t.size() && t[i - 1].isDigit() && t[i + 1].isDigit();
        if (!grouping || !between || (decimal >= 0 && i > decimal))
            return std::nullopt;
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    return whole * 100 + fraction + (roundUp ? 1 : 0);
}

} // namespace

Expected<Cents> InventoryMoney::read(QStringView text, const QString &workspaceCurrency)
{
    const QStringView whole = CatalogueCsvValues::trimmed(text);
    for (const QStringView zero :
         {u"", u"-", u"\u2013", u"\u2014", u"n/a", u"na", u"free", u"none"}) {
        if (whole.compare(zero, Qt::CaseInsensitive) == 0)
            return Cents(0);
    }
    const auto notMoney = [&] {
        return Error::badInput(u"'" + whole
                               + u"' is not an amount of money (expected, for example, 1250.50, "
                                 u"$1,250.50 or 1.250,50 €)");
    };

    // Peel signs, accounting parentheses and a currency off both ends, in any order:
    // "-$5", "$-5", "($1,250.00)", "1.250,50 €", "USD 300", "1250-".
    QStringView t = whole;
    QStringView currency;
    bool negative = false, dash = false;
    for (bool peeled = true; peeled && !t.isEmpty();) {
        peeled = true;
        t = t.trimmed();
        qsizetype head = 0, tail = t.size();
        while (head < t.size() && isCurrencyChar(t[head]))
            ++head;
        while (tail > head && isCurrencyChar(t[tail - 1]))
            --tail;
        if (t.size() >= 2 && t.front() == u'(' && t.back() == u')') {
            negative = true;
            t = t.sliced(1, t.size() - 2);
        } else if (t.front() == u'-' || t.front() == QChar(0x2212)) {
            negative = dash = true;
            t = t.sliced(1);
        } else if (t.back() == u'-' || t.back() == QChar(0x2212)) {
            negative = dash = true;
            t.chop(1);
        } else if (t.front() == u'+') {
            t = t.sliced(1);
        } else if (head > 0 || tail < t.size()) {
            const QStringView token = head > 0 ? t.first(head) : t.sliced(tail);
            if (!currency.isEmpty() || !isCurrencyToken(token))
                return notMoney();
            currency = token;
            t = head > 0 ? t.sliced(head) : t.first(tail);
        } else {
            peeled = false;
        }
    }
    std::optional<Cents> cents;
    if (t.isEmpty() && dash && !currency.isEmpty())
        cents = 0; // "$ -": an accounting format's zero
    else
        cents = centsOf(t);
    if (!cents)
        return notMoney();
    if (!currency.isEmpty() && !InventoryCurrency::accepts(currency, workspaceCurrency))
        return Error::badInput(u"'" + whole + u"' is in " + InventoryCurrency::describe(currency)
                               + u", but the workspace's currency is " + workspaceCurrency);
    if (negative && *cents != 0)
        return Error::badInput(u"'" + whole + u"' is negative; an annual cost cannot be");
    return *cents;
}

} // namespace sa
