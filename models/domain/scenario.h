#pragma once

#include "money.h"
#include "tool.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace sa {

using ScenarioId = qint64;
using DecisionId = qint64;

// What a scenario does with one tool of the inventory (keep, retire, replace with a
// catalogue product) or with one catalogue product the company does not have yet (add).
enum class DecisionAction { Keep, Retire, Replace, Add };
QString decisionActionName(DecisionAction action); // "keep", "retire", "replace", "add"
bool parseDecisionAction(const QString &text, DecisionAction *action);

// One line of a scenario. A tool's decision names the tool; an add names the product
// (its snapshot is in the workspace). effective is the last day the company pays for a
// retired tool, the first day of an added product; null when it does not apply.
struct Decision
{
    DecisionId id = 0;
    ToolId toolId = 0;   // keep, retire, replace
    QString productSlug; // add
    DecisionAction action = DecisionAction::Keep;
    QString replacementSlug; // replace: the product that takes over
    QDate effective;
    Cents oneOffCost = 0; // implementation, migration, early-termination fee
    QString notes;

    friend bool operator==(const Decision &, const Decision &) = default;
};

// The baseline is the stack as it is today (one per workspace, no decisions); manual
// scenarios are the user's; optimized ones came out of the planner (and may be edited).
enum class ScenarioKind { Baseline, Manual, Optimized };
QString scenarioKindName(ScenarioKind kind); // "baseline", "manual", "optimized"
bool parseScenarioKind(const QString &text, ScenarioKind *kind);

// A named set of decisions over a planning horizon. Tools without a decision are kept.
struct Scenario
{
    ScenarioId id = 0;
    QString name;
    QString notes;
    ScenarioKind kind = ScenarioKind::Manual;
    int horizonMonths = 36; // 1..120
    QDate start;            // first day of the horizon; null: the day it is looked at
    QDateTime created;
    std::vector<Decision> decisions; // in the order given

    // The decision about a tool, or nullptr when the scenario keeps it as it is.
    const Decision *decisionFor(ToolId tool) const;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace sa
