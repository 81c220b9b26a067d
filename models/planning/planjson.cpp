#include "planjson.h"

#include "analysis/analysisjson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject coverageJson(const CoverageSummary &c)
{
    return {{u"required"_s, c.required},
            {u"covered"_s, c.covered},
            {u"gaps"_s, QJsonArray::fromStringList(c.gaps)}};
}

} // namespace

QString mipStatusName(MipResult::Status status)
{
    switch (status) {
    case MipResult::Status::Optimal:
        return u"optimal"_s;
    case MipResult::Status::Feasible:
        return u"feasible"_s;
    case MipResult::Status::Infeasible:
        return u"infeasible"_s;
    case MipResult::Status::Cancelled:
        return u"cancelled"_s;
    case MipResult::Status::NoPlan:
        return u"no_plan"_s;
    case MipResult::Status::Unavailable:
        return u"unavailable"_s;
    }
    return QString();
}

QJsonObject planJson(const PlanResult &r)
{
    const Roadmap &m = r.roadmap;
    const PlanProblem &p = r.problem;
    QJsonArray decisions;
    for (const RoadmapStep &s : m.steps) {
        const bool tool = s.action != DecisionAction::Add;
        decisions.append(QJsonObject{
            {tool ? u"tool"_s : u"product"_s, s.name},
            {u"action"_s, decisionActionName(s.action)},
            {u"effective"_s, dateValue(s.effective)},
            {u"notice_deadline"_s, dateValue(s.noticeDeadline)},
            {u"notice_missed"_s, s.noticeMissed},
            {u"annual_cost"_s, moneyValue(s.annualCost)},
            {u"one_off_cost"_s, moneyValue(s.oneOffCost)},
            {u"gives_up"_s, QJsonArray::fromStringList(s.givesUp)},
        });
    }
    QJsonArray kept;
    for (int i = 0; i < p.toolCount && r.hasPlan(); ++i) {
        if (r.mip.selection[size_t(i)])
            kept.append(p.item(i).name);
    }
    QJsonArray months;
    for (size_t k = 0; k < m.before.size(); ++k)
        months.append(QJsonObject{
            {u"month"_s, r.horizon.monthStart(int(k)).toString(u"yyyy-MM"_s)},
            {u"before"_s, moneyValue(m.before[k])},
            {u"after"_s, moneyValue(m.after[k])},
            {u"cumulative_savings"_s, moneyValue(m.cumulativeSavings[k])},
        });
    QJsonArray infeasible;
    for (const InfeasibleReason &reason : r.infeasible)
        infeasible.append(
            QJsonObject{{u"constraint"_s, constraintName(reason.constraint)},
                        {u"capabilities"_s, QJsonArray::fromStringList(reason.capabilities)},
                        {u"message"_s, reason.message}});
    const bool plan = r.hasPlan();
    const auto money = [plan](double cents) {
        return plan ? QJsonValue(moneyValue(Cents(std::llround(cents)))) : QJsonValue();
    };
    return QJsonObject{
        {u"currency"_s, r.options.currency},
        {u"start"_s, dateValue(r.horizon.start())},
        {u"horizon_months"_s, r.horizon.months()},
        {u"status"_s, mipStatusName(r.mip.status)},
        {u"optimal"_s, r.mip.status == MipResult::Status::Optimal},
        {u"gap"_s, plan ? QJsonValue(std::round(r.mip.gap * 1e6) / 1e6) : QJsonValue()},
        {u"baseline_cost"_s, moneyValue(plan ? m.baselineCost : 0)},
        {u"plan_cost"_s, money(double(m.planCost))},
        {u"savings"_s, money(double(m.savings()))},
        {u"objective"_s, money(r.mip.cost)},
        {u"greedy_cost"_s,
         moneyValue(Cents(std::llround(r.greedy.evaluation.cost - r.greedy.evaluation.penalty)))},
        {u"greedy_objective"_s, moneyValue(Cents(std::llround(r.greedy.evaluation.cost)))},
        {u"greedy_feasible"_s, r.greedy.evaluation.feasible()},
        {u"payback_month"_s,
         plan && m.paybackMonth > 0 ? QJsonValue(m.paybackMonth) : QJsonValue()},
        {u"decisions"_s, decisions},
        {u"kept"_s, kept},
        {u"coverage_before"_s, coverageJson(m.coverageBefore)},
        {u"coverage_after"_s, coverageJson(m.coverageAfter)},
        {u"months"_s, months},
        {u"candidates"_s, p.candidatesConsidered},
        {u"candidates_dominated"_s, p.candidatesDominated},
        {u"infeasible"_s, infeasible},
    };
}

} // namespace sa
