#include "money.h"

#include "priceband.h"

namespace sa {

namespace {

QString symbolFor(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency + u' ';
}

// "12345" -> "12,345": fixed grouping, independent of the user's locale, so that exports
// and tests read the same everywhere.
QString grouped(qint64 units)
{
    QString digits = QString::number(units);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

} // namespace

QString formatMoney(Cents amount, const QString &currency)
{
    const qint64 magnitude = amount < 0 ? -amount : amount;
    const QString cents = QString::number(magnitude % 100).rightJustified(2, u'0');
    return (amount < 0 ? QStringLiteral("-") : QString()) + symbolFor(currency)
           + grouped(magnitude / 100) + u'.' + cents;
}

QString formatMoneyCompact(Cents amount, const QString &currency)
{
    const qint64 units = (amount >= 0 ? amount + 50 : amount - 50) / 100; // rounded
    return units < 0 ? u'-' + compactAmount(-units, currency) : compactAmount(units, currency);
}

} // namespace sa
