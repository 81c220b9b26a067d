#include "priceband.h"

namespace sa {

namespace {

QString currencyPrefix(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency + u' ';
}

QString scaled(double value, const char *suffix)
{
    // One decimal below 100 (9.6k), none above (120k); never a trailing ".0".
    const QString text = value < 100 ? QString::number(value, 'f', 1) : QString::number(value, 'f', 0);
    QString trimmed = text.endsWith(u".0") ? text.chopped(2) : text;
    return trimmed + QLatin1String(suffix);
}

} // namespace

QString compactAmount(qint64 amount, const QString &currency)
{
    const QString prefix = currencyPrefix(currency);
    const double value = double(amount);
    if (amount >= 1'000'000)
        return prefix + scaled(value / 1'000'000.0, "M");
    if (amount >= 1'000)
        return prefix + scaled(value / 1'000.0, "k");
    return prefix + QString::number(amount);
}

QString PriceBand::display() const
{
    if (!isKnown())
        return QStringLiteral("Not published");
    if (high == 0)
        return QStringLiteral("Free");
    if (low == high)
        return compactAmount(low, currency) + u" / yr";
    return compactAmount(low, currency) + u" – " + compactAmount(high, currency) + u" / yr";
}

} // namespace sa
