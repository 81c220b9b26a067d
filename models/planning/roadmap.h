#pragma once

#include "domain/money.h"
#include "domain/scenario.h"
#include "horizon.h"
#include "planproblem.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace sa {

// One dated change of a plan: a retirement (on its tool's retirement date, with the day
// notice must be given by) or an added product (from the first day of the horizon).
struct RoadmapStep
{
    int item = -1; // into the PlanProblem (a scenario's roadmap: into its decisions)
    DecisionAction action = DecisionAction::Retire;
    QString name;
    QDate effective;
    QDate noticeDeadline;      // retirements with a known notice period
    bool noticeMissed = false; // the deadline is before the horizon's start
    Cents annualCost = 0;
    Cents oneOffCost = 0;
    QStringList givesUp; // capability names the rest of the plan covers less strongly, or not
};

// Coverage of the must and should requirements by a stack.
struct CoverageSummary
{
    int required = 0;
    int covered = 0;
    QStringList gaps; // names, in requirement order
};

// The plan over time: each decision dated, the cost month by month before (the stack as
// it is) and after, cumulative savings and the payback month. Monthly figures are whole
// cents taken from rounded running totals, so a table of the months adds up to the
// totals exactly.
struct Roadmap
{
    std::vector<RoadmapStep> steps; // by effective date, then name
    std::vector<Cents> before;      // one per month
    std::vector<Cents> after;       // including one-off costs, in the month they fall
    std::vector<Cents> cumulativeSavings;
    int paybackMonth = -1; // 1-based: first month from which cumulative savings stay > 0
    Cents baselineCost = 0;
    Cents planCost = 0;
    Cents savings() const { return baselineCost - planCost; }
    CoverageSummary coverageBefore;
    CoverageSummary coverageAfter;
};

// What a tool or product can do, for "gives up": capability slug and strength.
using StrengthList = std::vector<std::pair<QString, int>>;

// strengths: per item of the problem, its capabilities (all of them, not only required
// ones), so that a retirement's losses include what nobody asked for yet.
Roadmap buildRoadmap(const PlanProblem &problem,
                     const Selection &selection,
                     const Horizon &horizon,
                     const std::vector<StrengthList> &strengths,
                     const std::function<QString(const QString &)> &capabilityName,
                     const std::function<int(int)> &noticeDays);

// By effective date, then name.
void sortSteps(std::vector<RoadmapStep> *steps);
// Fills before, after, cumulativeSavings, paybackMonth, baselineCost and planCost from
// the month-by-month costs in fractional cents (one value per month each).
void settleMonths(const std::vector<double> &before,
                  const std::vector<double> &after,
                  Roadmap *map);

CoverageSummary coverageOf(const PlanProblem &problem, const Selection &selection);

} // namespace sa
