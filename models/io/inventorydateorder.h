#pragma once

#include "inventorydates.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace sa {

class CsvTable;

// Decides the day/month order of each date column of a table before any date is read.
// An order asked for (--dates, the wizard) holds for every column. Otherwise a column's
// first date with a number over 12 decides it ("31/03/2027": day first), and later dates
// that contradict it are errors naming the deciding cell. A column whose dates are all
// ambiguous ("03/04/2027") takes the order the file's other date columns agree on, else
// day/month if it writes dates with dots, else the fallback (the workspace's locale
// setting), with a warning and dateOrderNeeded() set so that the wizard can ask.
class InventoryDateOrder
{
public:
    InventoryDateOrder() = default;
    InventoryDateOrder(const CsvTable &table,
                       const std::vector<int> &columns,
                       DateOrder asked,
                       DateOrder fallback,
                       QStringList *warnings);

    DateOrder order(int column) const;
    // Where a column's order came from, for the messages of dates that contradict it.
    QString source(int column) const;
    // The order ambiguous dates were read in when any were, else the fallback.
    DateOrder applied() const { return m_applied; }
    bool dateOrderNeeded() const { return m_needed; }

private:
    struct Decision
    {
        DateOrder order = DateOrder::Unknown;
        QString source;
    };
    std::map<int, Decision> m_columns;
    DateOrder m_applied = DateOrder::MonthFirst;
    bool m_needed = false;
};

} // namespace sa
