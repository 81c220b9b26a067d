#pragma once

#include <QDate>
#include <QString>

namespace sa {

// An indicative annual price range, in whole currency units, with what it is based on
// and when it was read. Never a quote: the UI always labels it "indicative".
struct PriceBand
{
    qint64 low = -1; // -1: not published
    qint64 high = -1;
    QString currency = QStringLiteral("USD");
    QString basis; // e.g. "Professional tier, 3 seats, list price, billed annually"
    QDate asOf;

    bool isKnown() const { return low >= 0 && high >= low; }
    // "$9.6k – $43.2k / yr", "Free" or "Not published".
    QString display() const;
    friend bool operator==(const PriceBand &, const PriceBand &) = default;
};

// Compact money text for tables and bands: "$950", "$9.6k", "$1.2M" (symbol for USD,
// EUR and GBP, ISO code otherwise).
QString compactAmount(qint64 amount, const QString &currency);

} // namespace sa
