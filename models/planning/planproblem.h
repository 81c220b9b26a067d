#pragma once

#include "domain/money.h"
#include "domain/requirement.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace sa {

// A required capability as the planner counts it: must or should, at a minimum strength.
struct PlanRequirement
{
    QString slug;
    QString name;
    Importance importance = Importance::Must;
    int minStrength = 2;
};

// One 0/1 choice of the plan: keep an active tool (selected) or retire it, add a
// candidate product (selected) or not. Costs are over the horizon, in cents: what the
// item costs when selected and when not (a retired tool still runs to its contract end
// and costs its migration).
struct PlanItem
{
    enum class Kind { Tool, Candidate };
    Kind kind = Kind::Tool;
    int source = -1; // ToolIndex of the analysis, or index into PlanProblem::candidates
    QString name;
    QString productSlug;       // a candidate's catalogue product
    int vendor = -1;           // index into PlanProblem::vendors
    bool hub = false;          // a system of record (the analysis's hubs; hub categories)
    bool locked = false;       // a tool the user keeps whatever happens
    double selectedCost = 0;   // kept for the whole horizon, or added (price + implementation)
    double droppedCost = 0;    // retired: runs to its retirement date, plus migration
    Cents annualCost = 0;      // its yearly cost while in the stack (the budget cap)
    Cents oneOffCost = 0;      // implementation (candidate) or migration (tool)
    QDate lastPaidDay;         // a tool's retirement date
    std::vector<int> covers;   // requirements it meets at their minimum strength, ascending
    std::vector<int> hubLinks; // hub items it integrates with, ascending
};

// The instance the optimizer, the greedy cover and the tests solve: items (active tools
// first, then the candidates left after dropping dominated ones), requirements and the
// constraints of PlanOptions. Costs of a choice are the sum over items of selectedCost or
// droppedCost, plus shouldPenalty for each should requirement left uncovered.
struct PlanProblem
{
    std::vector<PlanRequirement> requirements;
    std::vector<PlanItem> items;
    int toolCount = 0;
    std::vector<QString> vendors;
    std::optional<Cents> budget;
    int maxVendors = -1;
    bool requireHub = false;
    double shouldPenalty = 0;
    QString currency = QStringLiteral("USD"); // of every amount, for messages
    // Candidates considered, and how many of them were dropped as dominated.
    int candidatesConsidered = 0;
    int candidatesDominated = 0;
    // Products left out because the user excluded them, with what they would cover.
    std::vector<PlanItem> excluded;

    const PlanItem &item(int i) const { return items[size_t(i)]; }
    int itemCount() const { return int(items.size()); }
};

// A choice for every item (true: kept or added).
using Selection = std::vector<bool>;

// What a selection costs and which constraints it breaks.
struct PlanEvaluation
{
    double cost = 0; // over the horizon, cents, penalties included
    double penalty = 0;
    Cents annualCost = 0; // of the stack after the plan
    int vendorCount = 0;
    std::vector<int> uncoveredMust;
    std::vector<int> uncoveredShould;
    std::vector<int> unlockedLocked; // locked tools the selection retires
    std::vector<int> withoutHub;     // selected non-hub items with no selected hub link
    bool overBudget = false;
    bool overVendors = false;

    bool feasible() const
    {
        return uncoveredMust.empty() && unlockedLocked.empty() && withoutHub.empty() && !overBudget
               && !overVendors;
    }
};

PlanEvaluation evaluate(const PlanProblem &problem, const Selection &selection);

// Bit sets over requirements, for covers ⊆ tests in candidate reduction and the greedy.
using RequirementBits = std::vector<std::uint64_t>;
RequirementBits requirementBits(const std::vector<int> &covers, int requirementCount);
bool isSubset(const RequirementBits &a, const RequirementBits &b); // a ⊆ b

} // namespace sa
