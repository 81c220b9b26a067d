#pragma once

#include "domain/money.h"
#include "domain/tool.h"

#include <QDate>

namespace sa {

// The months a plan looks at, and the date arithmetic of contracts over them. Month m
// runs from start.addMonths(m) up to, not including, start.addMonths(m + 1), always
// counted from start so that a horizon starting on 31 January has months ending on the
// last day of February (28th or 29th) and then on 31 March, never drifting. Costs accrue
// by the day within a month: a tool paid through the 10th of a 31-day month costs 10/31
// of its monthly cost (annual / 12) that month.
class Horizon
{
public:
    Horizon() = default;
    Horizon(QDate start, int months);

    QDate start() const { return m_start; }
    int months() const { return m_months; }
    QDate monthStart(int m) const { return m_start.addMonths(m); }
    QDate end() const { return monthStart(m_months); } // the first day after the horizon
    int daysIn(int m) const { return int(monthStart(m).daysTo(monthStart(m + 1))); }
    // The month containing date, clamped to 0..months-1.
    int monthOf(QDate date) const;

    // Share of month m a tool paid through lastPaidDay (inclusive) is paid for, in [0, 1];
    // a null lastPaidDay: paid throughout.
    double paidShare(int m, QDate lastPaidDay) const;
    // Cost in cents of annualCost over month m, paid through lastPaidDay.
    double monthCost(Cents annualCost, int m, QDate lastPaidDay = {}) const;
    // The same over the whole horizon.
    double cost(Cents annualCost, QDate lastPaidDay = {}) const;

private:
    QDate m_start;
    int m_months = 0;
};

// When retiring a tool takes effect if the decision is made on day `from`: the last day
// it is paid for. With a contract end, that end; when its notice deadline (end - notice
// days) is already past and the contract renews itself, the end of the next yearly term
// whose deadline is still ahead. An expired contract that does not renew: from. Without
// a contract end: from + notice days (the notice is given on from).
QDate retirementDate(const Tool &tool, QDate from);
// The day notice must be given for a retirement on lastPaidDay: lastPaidDay - notice
// days; null when the notice period is unknown.
QDate noticeDeadline(const Tool &tool, QDate lastPaidDay);
// The contract end on or after `from` (renewing yearly while auto-renew is on); null
// without a contract end, or when it ended before from and does not renew.
QDate nextContractEnd(const Tool &tool, QDate from);

} // namespace sa
