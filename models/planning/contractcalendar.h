#pragma once

#include "domain/tool.h"
#include "io/icalendarwriter.h"

#include <vector>

namespace sa {

// The calendar Mo subscribes to: for every active tool with a contract end, its next
// renewal on or after `from` (reminder 30 days before), and the deadline for giving
// notice on the contract that can still be left (reminders 14 days and 1 day before).
// Dates are the planner's (nextContractEnd, retirementDate, noticeDeadline); money is
// in the workspace currency. Ordered by date, then tool name.
std::vector<CalendarEvent> contractEvents(const std::vector<Tool> &tools,
                                          QDate from,
                                          const QString &currency,
                                          const QString &uidDomain);

} // namespace sa
