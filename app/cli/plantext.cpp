#include "plantext.h"

#include "planning/planjson.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::cli {

namespace {

QString coverage(const CoverageSummary &c)
{
    QString text = QString::number(c.covered) + u" of " + QString::number(c.required);
    if (!c.gaps.isEmpty())
        text += u" (gaps: " + c.gaps.join(u", ") + u')';
    return text;
}

} // namespace

void printPlanText(QTextStream &out, const PlanResult &r, const WorkspaceInfo &info)
{
    const QString &cur = info.currency;
    const auto money = [&cur](double cents) {
        return formatMoney(Cents(std::llround(cents)), cur);
    };
    out << "Plan for " << (info.company.isEmpty() ? u"the workspace"_s : info.company) << ": "
        << r.horizon.months() << " months from " << r.horizon.start().toString(Qt::ISODate) << '\n';
    out << "Candidates: " << r.problem.candidatesConsidered << " catalogue products, "
        << r.problem.candidatesDominated << " dropped as dominated\n";
    out << "Optimizer: " << mipStatusName(r.mip.status);
    if (r.hasPlan())
        out << ", gap " << QString::number(r.mip.gap * 100, 'f', 2) << " %, " << money(r.mip.cost)
            << " with penalties";
    out << "\nGreedy cover: " << money(r.greedy.evaluation.cost) << " with penalties"
        << (r.greedy.evaluation.feasible() ? "" : " (breaks a constraint)") << '\n';
    if (!r.hasPlan()) {
        out << "\nNo plan meets every constraint:\n";
        for (const InfeasibleReason &reason : r.infeasible)
            out << "  " << reason.message << '\n';
        return;
    }
    const Roadmap &m = r.roadmap;
    out << "\nCost over the horizon\n"
        << "  today      " << money(double(m.baselineCost)) << '\n'
        << "  plan       " << money(double(m.planCost)) << '\n'
        << "  savings    " << money(double(m.savings())) << '\n';
    if (r.mip.cost - double(m.planCost) > 0.5)
        out << "  penalties  " << money(r.mip.cost - double(m.planCost))
            << " for should capabilities left uncovered\n";
    out << "  payback    "
        << (m.paybackMonth > 0
                ? u"month "_s + QString::number(m.paybackMonth) + u" ("
                      + r.horizon.monthStart(m.paybackMonth - 1).toString(u"yyyy-MM"_s) + u')'
                : u"not within the horizon"_s)
        << '\n';
    out << "Required capabilities covered: " << coverage(m.coverageBefore) << " today, "
        << coverage(m.coverageAfter) << " after\n";
    out << "\nRoadmap\n";
    if (m.steps.empty())
        out << "  nothing to change: the stack as it is costs least\n";
    for (const RoadmapStep &s : m.steps) {
        out << "  " << s.effective.toString(Qt::ISODate) << "  "
            << (s.action == DecisionAction::Add ? "add   " : "retire") << "  " << s.name;
        if (s.noticeDeadline.isValid())
            out << "; give notice by " << s.noticeDeadline.toString(Qt::ISODate)
                << (s.noticeMissed ? " (already past)" : "");
        if (s.oneOffCost > 0)
            out << "; one-off " << formatMoney(s.oneOffCost, cur);
        if (!s.givesUp.isEmpty())
            out << "; gives up " << s.givesUp.join(u", ");
        out << '\n';
    }
}

} // namespace sa::cli
