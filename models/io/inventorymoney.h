#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QString>

namespace sa {

// Reads annual costs as finance exports write them, in cents of the workspace currency:
// US style "$1,250.50", "1250.5", "USD 1,250"; European style "1.250,50 €",
// "1 250,50 EUR", "1250,5", "1'250.50". The decimal separator is the later of '.' and ','
// when both appear; a lone one is a decimal separator unless exactly three digits follow
// it and something precedes it other than a lone 0 ("1,250" and "1.250" are 1250 in both
// styles; nobody writes money to three decimals). Fractions of a cent round half up.
// Empty cells, "-" (Excel's accounting zero), "n/a" and "free" are 0. A currency symbol or
// code must be the workspace's ("$" is any dollar); a negative amount ("-5", "(1,250.00)")
// is refused, since a cost cannot be negative. Errors say what is wrong, not where: the
// caller adds FILE:LINE:COLUMN.
class InventoryMoney
{
public:
    static Expected<Cents> read(QStringView text, const QString &workspaceCurrency);
};

} // namespace sa
