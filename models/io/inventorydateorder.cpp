#include "inventorydateorder.h"

#include "csvtable.h"

namespace sa {

InventoryDateOrder::InventoryDateOrder(const CsvTable &table,
                                       const std::vector<int> &columns,
                                       DateOrder asked,
                                       DateOrder fallback,
                                       QStringList *warnings)
    : m_applied(asked != DateOrder::Unknown ? asked : fallback)
{
    if (asked != DateOrder::Unknown) {
        for (const int c : columns)
            m_columns[c] = Decision{asked, QStringLiteral("the order chosen for this import")};
        return;
    }
    const QString unit
        = table.format().sheet.isEmpty() ? QStringLiteral("line") : QStringLiteral("row");
    std::vector<int> open; // columns with ambiguous dates and nothing deciding them
    std::vector<bool> dotted;
    DateOrder agreed = DateOrder::Unknown;
    bool conflicting = false;
    for (const int c : columns) {
        Decision decision;
        bool ambiguous = false, anyDotted = false;
        for (int r = 0; r < table.rowCount(); ++r) {
            bool isAmbiguous = false, isDotted = false;
            const DateOrder e = InventoryDates::evidence(table.cell(r, c), &isAmbiguous, &isDotted);
            ambiguous = ambiguous || isAmbiguous;
            anyDotted = anyDotted || isDotted;
            if (e != DateOrder::Unknown && decision.order == DateOrder::Unknown)
                decision = Decision{e,
                                    u"as '" + table.cell(r, c).trimmed() + u"' on " + unit + u' '
                                        + QString::number(table.position(r, c).line) + u" shows"};
        }
        if (decision.order != DateOrder::Unknown) {
            conflicting = conflicting || (agreed != DateOrder::Unknown && agreed != decision.order);
            agreed = decision.order;
            m_applied = decision.order;
            m_columns[c] = decision;
        } else if (ambiguous) {
            open.push_back(c);
            dotted.push_back(anyDotted);
        }
    }
    for (size_t i = 0; i < open.size(); ++i) {
        const int c = open[i];
        const QString header = table.header()[c];
        if (agreed != DateOrder::Unknown && !conflicting) {
            m_columns[c] = Decision{agreed, QStringLiteral("as the file's other dates show")};
            m_applied = agreed;
        } else if (dotted[i]) {
            m_columns[c] = Decision{DateOrder::DayFirst, QStringLiteral("as dates with dots are")};
            m_applied = DateOrder::DayFirst;
        } else {
            m_columns[c] = Decision{fallback, QStringLiteral("the assumed order")};
            m_applied = fallback;
            m_needed = true;
            *warnings << table.location(table.headerPosition(c))
                             + u": warning: the dates in column '" + header
                             + u"' could be month/day or day/month (no day is over 12); "
                             + u"read as " + dateOrderName(fallback)
                             + u" (choose the order with --dates us|eu)";
        }
    }
}

DateOrder InventoryDateOrder::order(int column) const
{
    const auto it = m_columns.find(column);
    return it == m_columns.end() ? m_applied : it->second.order;
}

QString InventoryDateOrder::source(int column) const
{
    const auto it = m_columns.find(column);
    return it == m_columns.end() ? QString() : it->second.source;
}

} // namespace sa
