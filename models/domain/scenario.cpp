#include "scenario.h"

namespace sa {

namespace {

template<typename Enum, size_t N>
bool parseName(const QString &text, const Enum (&values)[N], QString (*name)(Enum), Enum *out)
{
    const QString t = text.trimmed().toLower();
    for (Enum value : values) {
        if (t == name(value)) {
            *out = value;
            return true;
        }
    }
    return false;
}

} // namespace

QString decisionActionName(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Keep:
        return QStringLiteral("keep");
    case DecisionAction::Retire:
        return QStringLiteral("retire");
    case DecisionAction::Replace:
        return QStringLiteral("replace");
    case DecisionAction::Add:
        return QStringLiteral("add");
    }
    return QString();
}

bool parseDecisionAction(const QString &text, DecisionAction *action)
{
    static const DecisionAction all[] = {
        DecisionAction::Keep, DecisionAction::Retire, DecisionAction::Replace, DecisionAction::Add};
    return parseName(text, all, &decisionActionName, action);
}

QString scenarioKindName(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Baseline:
        return QStringLiteral("baseline");
    case ScenarioKind::Manual:
        return QStringLiteral("manual");
    case ScenarioKind::Optimized:
        return QStringLiteral("optimized");
    }
    return QString();
}

bool parseScenarioKind(const QString &text, ScenarioKind *kind)
{
    static const ScenarioKind all[]
        = {ScenarioKind::Baseline, ScenarioKind::Manual, ScenarioKind::Optimized};
    return parseName(text, all, &scenarioKindName, kind);
}

const Decision *Scenario::decisionFor(ToolId tool) const
{
    for (const Decision &d : decisions) {
        if (d.toolId == tool && d.action != DecisionAction::Add)
            return &d;
    }
    return nullptr;
}

} // namespace sa
