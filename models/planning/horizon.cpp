#include "horizon.h"

#include <algorithm>

namespace sa {

Horizon::Horizon(QDate start, int months)
    : m_start(start)
    , m_months(months)
{
}

int Horizon::monthOf(QDate date) const
{
    if (date < m_start)
        return 0;
    for (int m = 0; m < m_months; ++m) {
        if (date < monthStart(m + 1))
            return m;
    }
    return std::max(0, m_months - 1);
}

double Horizon::paidShare(int m, QDate lastPaidDay) const
{
    if (!lastPaidDay.isValid())
        return 1.0;
    const QDate first = monthStart(m);
    const qint64 days = daysIn(m);
    const qint64 paid = std::clamp<qint64>(first.daysTo(lastPaidDay) + 1, 0, days);
    return double(paid) / double(days);
}

double Horizon::monthCost(Cents annualCost, int m, QDate lastPaidDay) const
{
    return double(annualCost) / 12.0 * paidShare(m, lastPaidDay);
}

double Horizon::cost(Cents annualCost, QDate lastPaidDay) const
{
    if (!lastPaidDay.isValid())
        return double(annualCost) / 12.0 * m_months;
    double total = 0;
    for (int m = 0; m < m_months; ++m) {
        const double share = paidShare(m, lastPaidDay);
        if (share == 0)
            break;
        total += double(annualCost) / 12.0 * share;
    }
    return total;
}

namespace {

// The contract's end after `years` yearly renewals, counted from the original end, so that
// a contract ending on 29 February ends on the 28th in common years and on the 29th again
// in the next leap year (QDate::addYears).
QDate renewedEnd(const Tool &tool, int years)
{
    return tool.contractEnd.addYears(years);
}

} // namespace

QDate nextContractEnd(const Tool &tool, QDate from)
{
    if (!tool.contractEnd.isValid())
        return {};
    if (!tool.autoRenew)
        return tool.contractEnd < from ? QDate() : tool.contractEnd;
    int years = 0;
    while (renewedEnd(tool, years) < from)
        ++years;
    return renewedEnd(tool, years);
}

QDate retirementDate(const Tool &tool, QDate from)
{
    const int notice = std::max(0, tool.noticeDays);
    if (!tool.contractEnd.isValid())
        return from.addDays(notice);
    if (!tool.autoRenew)
        return tool.contractEnd < from ? from : tool.contractEnd;
    int years = 0;
    while (renewedEnd(tool, years).addDays(-notice) < from)
        ++years;
    return renewedEnd(tool, years);
}

QDate noticeDeadline(const Tool &tool, QDate lastPaidDay)
{
    if (tool.noticeDays < 0 || !lastPaidDay.isValid())
        return {};
    return lastPaidDay.addDays(-tool.noticeDays);
}

} // namespace sa
