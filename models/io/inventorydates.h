#pragma once

#include "domain/result.h"

#include <QDate>
#include <QString>

namespace sa {

// Which of the first two numbers of "03/04/2027" is the month.
enum class DateOrder { Unknown, MonthFirst, DayFirst };
QString dateOrderName(DateOrder order); // "month/day", "day/month", "unknown"

// Reads the dates of inventory exports: ISO ("2027-03-31", also with a time), numeric with
// '/', '.' or '-' in either day/month order ("03/31/2027", "31.03.2027", "3/31/27"), and
// English or German month names ("31 Mar 2027", "Mar 31, 2027", "31. März 2027"). Excel
// serials never reach here: the XLSX reader turns date cells into ISO text. Two-digit
// years are 2000-2069 for 00-69 and 1970-1999 for 70-99. Which order a numeric date is in
// is a column's question, not a cell's: evidence() says what one cell proves, the
// importer decides per column, and read() takes the decision.
class InventoryDates
{
public:
    // MonthFirst when the second number is over 12 ("03/31/2027"), DayFirst when the first
    // is ("31/03/2027"), Unknown when the cell does not tell (ISO, month names, "03/04/2027").
    // ambiguous: set when the cell is numeric with both numbers 12 or less; dotted: set when
    // its separator is '.', a day-first convention ("03.04.2027").
    static DateOrder evidence(QStringView text, bool *ambiguous = nullptr, bool *dotted = nullptr);

    // The date in a cell; a null QDate for an empty one. order decides "03/04/2027" and
    // orderSource says where the order came from, for the message when the cell
    // contradicts it ("decided by line 4: '03/31/2027'").
    static Expected<QDate> read(QStringView text, DateOrder order, const QString &orderSource = {});
};

} // namespace sa
