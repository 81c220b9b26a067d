#include "renewalsmodel.h"

#include "planning/horizon.h"

#include <QLocale>

#include <algorithm>

namespace sa {

RenewalsModel::RenewalsModel(QObject *parent)
    : ChartRowsModel({tr("Month"), tr("Renewing"), tr("Tools"), tr("Notice due")}, parent)
{
}

void RenewalsModel::setTools(const std::vector<Tool> &tools, QDate today, const QString &currency)
{
    const QDate first(today.year(), today.month(), 1);
    const QDate end = first.addMonths(MonthCount);
    struct Renewal
    {
        QDate date;
        QDate notice;
        const Tool *tool;
    };
    std::vector<Renewal> renewals;
    for (const Tool &tool : tools) {
        if (!tool.isActive())
            continue;
        const QDate date = nextContractEnd(tool, today);
        if (date.isValid() && date < end)
            renewals.push_back({date, noticeDeadline(tool, date), &tool});
    }
    std::stable_sort(renewals.begin(), renewals.end(), [](const Renewal &a, const Renewal &b) {
        return a.date < b.date;
    });
    const QLocale locale;
    std::vector<Row> rows;
    for (int m = 0; m < MonthCount; ++m) {
        const QDate month = first.addMonths(m);
        const QDate next = first.addMonths(m + 1);
        Cents renewing = 0;
        int notices = 0;
        Row row;
        for (const Renewal &r : renewals) {
            if (r.notice.isValid() && r.notice >= month && r.notice < next)
                ++notices;
            if (r.date < month || r.date >= next)
                continue;
            renewing += r.tool->annualCost;
            row.toolIds << r.tool->id;
            QString line = tr("%1: %2 on %3")
                               .arg(r.tool->name,
                                    formatMoney(r.tool->annualCost, currency),
                                    locale.toString(r.date, QLocale::ShortFormat));
            if (r.notice.isValid())
                line += tr(", notice by %1").arg(locale.toString(r.notice, QLocale::ShortFormat));
            row.details << line;
        }
        row.cells = {{month, month, locale.toString(month, u"MMM yyyy")},
                     moneyCell(renewing, currency),
                     countCell(int(row.toolIds.size())),
                     countCell(notices)};
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
