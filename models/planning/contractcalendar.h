#pragma once

#include "domain/result.h"
#include "domain/tool.h"
#include "domain/workspaceinfo.h"
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

// The workspace's contract calendar written to path (atomically, through QSaveFile) as
// `stackatlas-cli calendar` and File > Export Calendar… write it: named after the company
// (else fileBaseName), event ids under COMPANY-SLUG.stackatlas. Returns the number of
// events; an Io error says why the file could not be written.
Expected<int> writeContractCalendar(const std::vector<Tool> &tools,
                                    const WorkspaceInfo &info,
                                    const QString &fileBaseName,
                                    QDate from,
                                    const QString &path,
                                    const QDateTime &stamp);

} // namespace sa
