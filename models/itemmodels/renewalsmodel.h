#pragma once

#include "chartrowsmodel.h"
#include "domain/tool.h"

#include <QDate>

namespace sa {

// The renewals timeline: the twelve months from the one containing today, each with the
// annual cost of the active tools whose next contract end (renewing yearly while
// auto-renew is on) falls in it, and how many notice deadlines fall in it. A month's
// tools are those renewing in it; its details say when and until when notice can be given.
class RenewalsModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalsModel)

public:
    enum Column {
        Month,     // DisplayRole and UnderlyingDataRole: the month's first day (QDate)
        Renewing,  // annual cost of the contracts ending in it
        Tools,     // how many
        NoticeDue, // notice deadlines of these renewals (end - notice days) in it
        ColumnCount
    };
    static constexpr int MonthCount = 12;

    explicit RenewalsModel(QObject *parent = nullptr);

    void setTools(const std::vector<Tool> &tools, QDate today, const QString &currency);
};

} // namespace sa
