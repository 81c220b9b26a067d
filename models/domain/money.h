#pragma once

#include <QString>

namespace sa {

// Money is kept as whole minor units (cents) of the workspace currency: sums and
// comparisons stay exact, and rounding happens once, when a value is read or shown.
using Cents = qint64;

// "$12,345.67", "€1,250.50", "SEK 300.00": full precision, for tables and exports.
QString formatMoney(Cents amount, const QString &currency);
// "$12.3k" style, for charts and tight columns (see compactAmount).
QString formatMoneyCompact(Cents amount, const QString &currency);

} // namespace sa
