#include "infeasibility.h"

#include "domain/money.h"
#include "domain/product.h"

#include <algorithm>

namespace sa {

namespace {

using Constraint = InfeasibleReason::Constraint;

QString names(const PlanProblem &problem, const std::vector<int> &items)
{
    QStringList out;
    for (int i : items)
        out << problem.item(i).name;
    return out.join(u", ");
}

QString money(const PlanProblem &problem, Cents cents)
{
    return formatMoney(cents, problem.currency);
}

QString atStrength(const PlanRequirement &r)
{
    return u"at strength " + QString::number(r.minStrength) + u" (" + strengthName(r.minStrength)
           + u") or more";
}

// A copy of the problem with only the given must requirements (shoulds stay: they never
// make a plan infeasible).
PlanProblem withMusts(const PlanProblem &problem, const std::vector<int> &musts)
{
    PlanProblem p = problem;
    std::vector<int> renumber(problem.requirements.size(), -1);
    p.requirements.clear();
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        const bool must = problem.requirements[r].importance == Importance::Must;
        if (must && std::find(musts.begin(), musts.end(), int(r)) == musts.end())
            continue;
        renumber[r] = int(p.requirements.size());
        p.requirements.push_back(problem.requirements[r]);
    }
    for (PlanItem &item : p.items) {
        std::vector<int> covers;
        for (int r : item.covers) {
            if (renumber[size_t(r)] >= 0)
                covers.push_back(renumber[size_t(r)]);
        }
        item.covers = std::move(covers);
    }
    return p;
}

bool infeasible(const PlanProblem &problem, const MipControl &control)
{
    return solveMip(problem, control).status == MipResult::Status::Infeasible;
}

} // namespace

QString constraintName(InfeasibleReason::Constraint c)
{
    switch (c) {
    case Constraint::NoProvider:
        return QStringLiteral("no_provider");
    case Constraint::Excluded:
        return QStringLiteral("excluded");
    case Constraint::Locked:
        return QStringLiteral("locked");
    case Constraint::Budget:
        return QStringLiteral("budget");
    case Constraint::MaxVendors:
        return QStringLiteral("max_vendors");
    case Constraint::Hub:
        return QStringLiteral("hub");
    case Constraint::Combined:
        return QStringLiteral("combined");
    }
    return QString();
}

std::vector<InfeasibleReason> explainInfeasibility(const PlanProblem &problem,
                                                   const MipControl &control)
{
    std::vector<InfeasibleReason> reasons;
    Cents lockedAnnual = 0;
    std::vector<int> locked;
    for (int i = 0; i < problem.itemCount(); ++i) {
        if (problem.item(i).locked) {
            lockedAnnual += problem.item(i).annualCost;
            locked.push_back(i);
        }
    }
    if (problem.budget && lockedAnnual > *problem.budget)
        reasons.push_back({Constraint::Locked,
                           {},
                           u"the locked tools (" + names(problem, locked) + u") cost "
                               + money(problem, lockedAnnual) + u" a year, above the budget of "
                               + money(problem, *problem.budget)});
    if (problem.requireHub) {
        for (int i : locked) {
            if (!problem.item(i).hub && problem.item(i).hubLinks.empty())
                reasons.push_back(
                    {Constraint::Locked,
                     {},
                     u"the locked tool " + problem.item(i).name + u" integrates with no hub"});
        }
    }
    std::vector<int> musts;
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        const PlanRequirement &req = problem.requirements[r];
        if (req.importance != Importance::Must)
            continue;
        std::vector<int> providers;
        for (int i = 0; i < problem.itemCount(); ++i) {
            const auto &c = problem.item(i).covers;
            if (std::binary_search(c.begin(), c.end(), int(r)))
                providers.push_back(i);
        }
        QStringList excluded;
        for (const PlanItem &e : problem.excluded) {
            if (std::binary_search(e.covers.begin(), e.covers.end(), int(r)))
                excluded << e.name;
        }
        if (providers.empty()) {
            reasons.push_back(
                excluded.isEmpty()
                    ? InfeasibleReason{Constraint::NoProvider,
                                       {req.name},
                                       req.name + u": no tool covers it " + atStrength(req)
                                           + u", nor does any catalogue product with a "
                                             u"published price"}
                    : InfeasibleReason{Constraint::Excluded,
                                       {req.name},
                                       req.name + u": only excluded products cover it "
                                           + atStrength(req) + u": " + excluded.join(u", ")});
            continue;
        }
        if (problem.requireHub && std::none_of(providers.begin(), providers.end(), [&](int i) {
                return problem.item(i).hub || !problem.item(i).hubLinks.empty();
            })) {
            reasons.push_back({Constraint::Hub,
                               {req.name},
                               req.name + u": nothing that covers it (" + names(problem, providers)
                                   + u") integrates with a hub"});
            continue;
        }
        if (problem.budget) {
            const auto cheapest
                = *std::min_element(providers.begin(), providers.end(), [&](int a, int b) {
                      return problem.item(a).annualCost < problem.item(b).annualCost;
                  });
            const PlanItem &c = problem.item(cheapest);
            const Cents extra = c.locked ? 0 : c.annualCost;
            if (lockedAnnual + extra > *problem.budget) {
                reasons.push_back(
                    {Constraint::Budget,
                     {req.name},
                     req.name + u": its cheapest cover, " + c.name + u" at "
                         + money(problem, c.annualCost) + u" a year, does not fit the budget of "
                         + money(problem, *problem.budget)
                         + (lockedAnnual > 0 ? QStringLiteral(" next to the locked tools")
                                             : QString())});
                continue;
            }
        }
        musts.push_back(int(r));
    }
    if (!reasons.empty())
        return reasons;

    // Every must is coverable alone: find the constraint that blocks them together.
    MipControl quick = control;
    quick.progress = nullptr;
    const struct
    {
        Constraint constraint;
        void (*relax)(PlanProblem *);
    } relaxations[] = {
        {Constraint::Budget,
         [](PlanProblem *p) {
             p->budget.reset();
         }},
        {Constraint::MaxVendors,
         [](PlanProblem *p) {
             p->maxVendors = -1;
         }},
        {Constraint::Hub,
         [](PlanProblem *p) {
             p->requireHub = false;
         }},
    };
    Constraint blocking = Constraint::Combined;
    for (const auto &r : relaxations) {
        PlanProblem relaxed = problem;
        r.relax(&relaxed);
        if (!infeasible(relaxed, quick)) {
            blocking = r.constraint;
            break;
        }
    }
    // Deletion filter: drop each must in turn; keep it dropped while the rest stay infeasible.
    std::vector<int> core = musts;
    for (size_t k = 0; k < musts.size() && musts.size() <= 60; ++k) {
        std::vector<int> without;
        std::copy_if(core.begin(), core.end(), std::back_inserter(without), [&](int r) {
            return r != musts[k];
        });
        if (infeasible(withMusts(problem, without), quick))
            core = std::move(without);
    }
    InfeasibleReason reason;
    reason.constraint = blocking;
    for (int r : core)
        reason.capabilities << problem.requirements[size_t(r)].name;
    const QString what = reason.capabilities.join(u", ");
    switch (blocking) {
    case Constraint::Budget:
        reason.message = what + u": cannot all be covered within the budget of "
                         + money(problem, *problem.budget) + u" a year";
        break;
    case Constraint::MaxVendors:
        reason.message = what + u": cannot all be covered with at most "
                         + QString::number(problem.maxVendors) + u" vendors";
        break;
    case Constraint::Hub:
        reason.message = what
                         + u": cannot all be covered by tools that each integrate with a "
                           u"kept hub";
        break;
    default:
        reason.message = what
                         + u": cannot all be covered under the budget, vendor and hub "
                           u"constraints together";
        break;
    }
    reasons.push_back(std::move(reason));
    return reasons;
}

} // namespace sa
