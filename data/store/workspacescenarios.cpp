#include "workspacescenarios.h"

#include "sqlsupport.h"
#include "workspaceschema.h"

#include <map>
#include <utility>

namespace sa {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Expected<std::map<ScenarioId, std::vector<Decision>>> readDecisions(const QSqlDatabase &db)
{
    QSqlQuery q = preparedQuery(
        db,
        QStringLiteral("SELECT scenario_id, id, tool_id, product_slug, action, replacement_slug,"
                       " effective, one_off_cost, notes FROM decision"
                       " ORDER BY scenario_id, position, id"));
    if (Status s = execute(q, QStringLiteral("cannot read the scenarios' decisions")); !s)
        return s.error();
    std::map<ScenarioId, std::vector<Decision>> byScenario;
    while (q.next()) {
        Decision d;
        d.id = q.value(1).toLongLong();
        d.toolId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        d.productSlug = q.value(3).toString();
        parseDecisionAction(q.value(4).toString(), &d.action);
        d.replacementSlug = q.value(5).toString();
        d.effective = WorkspaceSchema::dateFrom(q.value(6));
        d.oneOffCost = q.value(7).toLongLong();
        d.notes = q.value(8).toString();
        byScenario[q.value(0).toLongLong()].push_back(std::move(d));
    }
    return byScenario;
}

} // namespace

WorkspaceScenarios::WorkspaceScenarios(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<std::vector<Scenario>> WorkspaceScenarios::all() const
{
    Expected<std::map<ScenarioId, std::vector<Decision>>> decisions = readDecisions(m_db);
    if (!decisions)
        return decisions.error();
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("SELECT id, name, notes, kind, horizon_months, start_date, created"
                       " FROM scenario ORDER BY kind <> 'baseline', lower(name), name, id"));
    if (Status s = execute(q, QStringLiteral("cannot read the scenarios")); !s)
        return s.error();
    std::vector<Scenario> scenarios;
    while (q.next()) {
        Scenario s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.notes = q.value(2).toString();
        parseScenarioKind(q.value(3).toString(), &s.kind);
        s.horizonMonths = q.value(4).toInt();
        s.start = WorkspaceSchema::dateFrom(q.value(5));
        s.created = WorkspaceSchema::instantFrom(q.value(6).toString());
        if (const auto it = decisions->find(s.id); it != decisions->end())
            s.decisions = std::move(it->second);
        scenarios.push_back(std::move(s));
    }
    return scenarios;
}

Status WorkspaceScenarios::check(const Scenario &scenario) const
{
    if (scenario.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a scenario needs a name"));
    if (scenario.horizonMonths < 1 || scenario.horizonMonths > 120)
        return Error::badInput(u"the horizon of scenario '" + scenario.name
                               + u"' must be 1 to 120 months, not "
                               + QString::number(scenario.horizonMonths));
    if (scenario.kind == ScenarioKind::Baseline && !scenario.decisions.empty())
        return Error::badInput(QStringLiteral("the baseline is the stack as it is: it has no "
                                              "decisions"));
    QSqlQuery q = preparedQuery(m_db,
                                QStringLiteral("SELECT name, kind FROM scenario WHERE id <> :id"
                                               " AND (lower(name) = lower(:name)"
                                               " OR (kind = 'baseline' AND :kind = 'baseline'))"));
    q.bindValue(QStringLiteral(":id"), scenario.id);
    q.bindValue(QStringLiteral(":name"), scenario.name);
    q.bindValue(QStringLiteral(":kind"), scenarioKindName(scenario.kind));
    if (Status s = execute(q, QStringLiteral("cannot read the scenarios")); !s)
        return s;
    if (q.next()) {
        if (q.value(1).toString() == u"baseline" && scenario.kind == ScenarioKind::Baseline)
            return Error::badInput(QStringLiteral("the workspace already has a baseline"));
        return Error::badInput(u"a scenario named '" + q.value(0).toString() + u"' already exists");
    }
    for (const Decision &d : scenario.decisions) {
        if ((d.action == DecisionAction::Add) == d.productSlug.isEmpty()
            || (d.action != DecisionAction::Add) == (d.toolId == 0))
            return Error::badInput(u"scenario '" + scenario.name
                                   + u"': an add decision names a product, every other one a "
                                     u"tool");
        if (d.action == DecisionAction::Replace && d.replacementSlug.isEmpty())
            return Error::badInput(u"scenario '" + scenario.name
                                   + u"': a replace decision needs the product that takes over");
        if (d.oneOffCost < 0)
            return Error::badInput(u"scenario '" + scenario.name
                                   + u"': a one-off cost cannot be negative");
    }
    return success();
}

Expected<ScenarioId> WorkspaceScenarios::save(const Scenario &scenario)
{
    if (Status s = check(scenario); !s)
        return s.error();
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO scenario (id, name, notes, kind, horizon_months, start_date,"
                       " created) VALUES (:id, :name, :notes, :kind, :horizon, :start, :created)"
                       " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                       " notes = excluded.notes, kind = excluded.kind,"
                       " horizon_months = excluded.horizon_months,"
                       " start_date = excluded.start_date RETURNING id"));
    q.bindValue(QStringLiteral(":id"), nullableId(scenario.id));
    q.bindValue(QStringLiteral(":name"), scenario.name.trimmed());
    q.bindValue(QStringLiteral(":notes"), textValue(scenario.notes));
    q.bindValue(QStringLiteral(":kind"), scenarioKindName(scenario.kind));
    q.bindValue(QStringLiteral(":horizon"), scenario.horizonMonths);
    q.bindValue(QStringLiteral(":start"), WorkspaceSchema::dateValue(scenario.start));
    const QDateTime created
        = scenario.created.isValid() ? scenario.created : QDateTime::currentDateTimeUtc();
    q.bindValue(QStringLiteral(":created"), WorkspaceSchema::instantText(created));
    if (Status s = execute(q, u"cannot save scenario '" + scenario.name + u"'"); !s)
        return s.error();
    if (!q.next())
        return databaseError(q, u"cannot save scenario '" + scenario.name + u"'");
    const ScenarioId id = q.value(0).toLongLong();
    q.finish();
    if (Status s = writeDecisions(id, scenario.decisions); !s)
        return s.error();
    return id;
}

Status WorkspaceScenarios::writeDecisions(ScenarioId id, const std::vector<Decision> &decisions)
{
    QSqlQuery clear
        = preparedQuery(m_db, QStringLiteral("DELETE FROM decision WHERE scenario_id = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(clear, QStringLiteral("cannot change the scenario's decisions")); !s)
        return s;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO decision (id, scenario_id, position, tool_id, product_slug,"
                       " action, replacement_slug, effective, one_off_cost, notes) VALUES (:id,"
                       " :scenario, :position, :tool, :product, :action, :replacement,"
                       " :effective, :cost, :notes)"));
    for (size_t i = 0; i < decisions.size(); ++i) {
        const Decision &d = decisions[i];
        q.bindValue(QStringLiteral(":id"), nullableId(d.id));
        q.bindValue(QStringLiteral(":scenario"), id);
        q.bindValue(QStringLiteral(":position"), int(i));
        q.bindValue(QStringLiteral(":tool"), nullableId(d.toolId));
        q.bindValue(QStringLiteral(":product"), nullableText(d.productSlug));
        q.bindValue(QStringLiteral(":action"), decisionActionName(d.action));
        q.bindValue(QStringLiteral(":replacement"), nullableText(d.replacementSlug));
        q.bindValue(QStringLiteral(":effective"), WorkspaceSchema::dateValue(d.effective));
        q.bindValue(QStringLiteral(":cost"), d.oneOffCost);
        q.bindValue(QStringLiteral(":notes"), textValue(d.notes));
        if (Status s = execute(q,
                               QStringLiteral("cannot save a decision (is its tool or product "
                                              "in the workspace?)"));
            !s)
            return s;
    }
    return success();
}

Status WorkspaceScenarios::remove(ScenarioId id)
{
    QSqlQuery q = preparedQuery(
        m_db, QStringLiteral("DELETE FROM scenario WHERE id = :id AND kind <> 'baseline'"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot remove the scenario")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no scenario " + QString::number(id)
                               + u" to remove (the baseline stays)");
    return success();
}

} // namespace sa
