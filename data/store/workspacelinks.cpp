#include "workspacelinks.h"

#include "sqlsupport.h"
#include "workspacetooltable.h"

#include <utility>

namespace sa {

WorkspaceLinks::WorkspaceLinks(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<std::vector<ToolIntegration>> WorkspaceLinks::integrations() const
{
    QSqlQuery q = preparedQuery(
        m_db, QStringLiteral("SELECT a, b, kind FROM tool_integration ORDER BY a, b"));
    if (Status s = execute(q, QStringLiteral("cannot read the integrations")); !s)
        return s.error();
    std::vector<ToolIntegration> integrations;
    while (q.next()) {
        ToolIntegration i{q.value(0).toLongLong(), q.value(1).toLongLong()};
        parseIntegrationKind(q.value(2).toString(), &i.kind);
        integrations.push_back(i);
    }
    return integrations;
}

Expected<bool> WorkspaceLinks::addIntegration(const ToolIntegration &integration, bool keepExisting)
{
    ToolId a = integration.a;
    ToolId b = integration.b;
    if (a == b)
        return Error::badInput(QStringLiteral("a tool cannot integrate with itself"));
    if (a > b)
        std::swap(a, b);
    const WorkspaceToolTable tools(m_db);
    for (ToolId id : {a, b}) {
        const Expected<bool> exists = tools.exists(id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return noSuchTool(id);
    }
    QSqlQuery q = preparedQuery(
        m_db,
        keepExisting
            ? QStringLiteral("INSERT INTO tool_integration (a, b, kind) VALUES (:a, :b, :kind)"
                             " ON CONFLICT (a, b) DO NOTHING")
            : QStringLiteral("INSERT INTO tool_integration (a, b, kind) VALUES (:a, :b, :kind)"
                             " ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind"));
    q.bindValue(QStringLiteral(":a"), a);
    q.bindValue(QStringLiteral(":b"), b);
    q.bindValue(QStringLiteral(":kind"), integrationKindName(integration.kind));
    QSqlQuery before = preparedQuery(
        m_db, QStringLiteral("SELECT 1 FROM tool_integration WHERE a = :a AND b = :b"));
    before.bindValue(QStringLiteral(":a"), a);
    before.bindValue(QStringLiteral(":b"), b);
    if (Status s = execute(before, QStringLiteral("cannot read the integrations")); !s)
        return s.error();
    const bool existed = before.next();
    before.finish();
    if (Status s = execute(q, QStringLiteral("cannot add the integration")); !s)
        return s.error();
    return !existed;
}

Status WorkspaceLinks::removeIntegration(ToolId a, ToolId b)
{
    if (a > b)
        std::swap(a, b);
    QSqlQuery q = preparedQuery(
        m_db, QStringLiteral("DELETE FROM tool_integration WHERE a = :a AND b = :b"));
    q.bindValue(QStringLiteral(":a"), a);
    q.bindValue(QStringLiteral(":b"), b);
    if (Status s = execute(q, QStringLiteral("cannot remove the integration")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no integration between the tools " + QString::number(a)
                               + u" and " + QString::number(b));
    return success();
}

Expected<std::vector<Requirement>> WorkspaceLinks::requirements() const
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("SELECT capability_slug, importance, min_strength FROM requirement"
                       " ORDER BY capability_slug"));
    if (Status s = execute(q, QStringLiteral("cannot read the requirements")); !s)
        return s.error();
    std::vector<Requirement> requirements;
    while (q.next()) {
        Requirement r;
        r.capabilitySlug = q.value(0).toString();
        parseImportance(q.value(1).toString(), &r.importance);
        r.minStrength = q.value(2).toInt();
        requirements.push_back(r);
    }
    return requirements;
}

Status WorkspaceLinks::setRequirement(const Requirement &r)
{
    if (r.capabilitySlug.isEmpty())
        return Error::badInput(QStringLiteral("a requirement needs a capability"));
    if (r.minStrength < 1 || r.minStrength > 3)
        return Error::badInput(u"the requirement for '" + r.capabilitySlug
                               + u"': the minimum strength is 1 (basic) to 3 (leading)");
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO requirement (capability_slug, importance, min_strength)"
                       " VALUES (:slug, :importance, :strength) ON CONFLICT (capability_slug)"
                       " DO UPDATE SET importance = excluded.importance,"
                       " min_strength = excluded.min_strength"));
    q.bindValue(QStringLiteral(":slug"), r.capabilitySlug);
    q.bindValue(QStringLiteral(":importance"), importanceName(r.importance));
    q.bindValue(QStringLiteral(":strength"), r.minStrength);
    return execute(q, u"cannot set the requirement for '" + r.capabilitySlug + u"'");
}

Status WorkspaceLinks::removeRequirement(const QString &capabilitySlug)
{
    QSqlQuery q = preparedQuery(
        m_db, QStringLiteral("DELETE FROM requirement WHERE capability_slug = :slug"));
    q.bindValue(QStringLiteral(":slug"), capabilitySlug);
    if (Status s = execute(q, QStringLiteral("cannot remove the requirement")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no requirement for '" + capabilitySlug + u"'");
    return success();
}

} // namespace sa
