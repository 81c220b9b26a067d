#include "searchquery.h"

namespace sa {

namespace {

struct Range
{
    qint64 low;
    qint64 high; // exclusive; -1 for open-ended
};

Range rangeOf(PriceFilter filter)
{
    switch (filter) {
    case PriceFilter::Under5k:
        return {0, 5'000};
    case PriceFilter::From5kTo25k:
        return {5'000, 25'000};
    case PriceFilter::From25kTo100k:
        return {25'000, 100'000};
    case PriceFilter::Over100k:
        return {100'000, -1};
    case PriceFilter::Any:
    case PriceFilter::NotPublished:
        break;
    }
    return {0, -1};
}

} // namespace

QString priceFilterLabel(PriceFilter filter)
{
    switch (filter) {
    case PriceFilter::Any:
        return QStringLiteral("Any price");
    case PriceFilter::Under5k:
        return QStringLiteral("Under $5k / yr");
    case PriceFilter::From5kTo25k:
        return QStringLiteral("$5k – $25k / yr");
    case PriceFilter::From25kTo100k:
        return QStringLiteral("$25k – $100k / yr");
    case PriceFilter::Over100k:
        return QStringLiteral("Over $100k / yr");
    case PriceFilter::NotPublished:
        return QStringLiteral("Price not published");
    }
    return QString();
}

bool priceBandMatches(const PriceBand &band, PriceFilter filter)
{
    if (filter == PriceFilter::Any)
        return true;
    if (filter == PriceFilter::NotPublished)
        return !band.isKnown();
    if (!band.isKnown())
        return false;
    const Range r = rangeOf(filter);
    // Overlap of [band.low, band.high] with [r.low, r.high).
    return band.high >= r.low && (r.high < 0 || band.low < r.high);
}

} // namespace sa
