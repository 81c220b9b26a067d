#pragma once

#include "domain/requirement.h"
#include "domain/result.h"
#include "domain/tool.h"

#include <QDate>
#include <QString>

namespace sa {

// The small typed cells of an inventory, read as people fill them in, strictly enough
// that a wrong value is an error (whose text says what is wrong; the caller adds where)
// rather than a silent guess. Money and dates have classes of their own.
class InventoryValues
{
public:
    // Seats and active users: "25", "1,200", "1.200", "1 200"; -1 for an empty cell,
    // "-" or "n/a" (unknown). Errors for negative, fractional or non-numeric values.
    static Expected<int> count(QStringView text);
    // "60", "60 days", "60d", "60 Tage", "8 weeks", "2 months", "1 year"; "none" is 0; -1
    // for an empty cell. Months are calendar months back from contractEnd ("2 months"
    // before 2027-03-31 is 2027-01-31: 59 days) so that the notice deadline falls on the
    // day the contract says; without a contract end a month counts 30 days.
    static Expected<int> noticeDays(QStringView text, const QDate &contractEnd);
    // yes/no, true/false, y/n, x/empty, 1/0, ja/nein, ✓; empty is `empty`.
    static Expected<bool> yesNo(QStringView text, bool empty = false);
    // active, trial, retiring, retired and their synonyms ("in use", "pilot", "sunset",
    // "cancelled"...); empty is active.
    static Expected<ToolStatus> status(QStringView text);
    // 1..5, also "4/5" and "4 of 5"; 0 for an empty cell.
    static Expected<int> satisfaction(QStringView text);
    // must/should/nice (parseImportance), MoSCoW's "could", high/medium/low; empty is must.
    static Expected<Importance> importance(QStringView text);
    // 1..3 or basic/solid/leading; empty is `empty`.
    static Expected<int> strength(QStringView text, int empty = 2);
};

} // namespace sa
