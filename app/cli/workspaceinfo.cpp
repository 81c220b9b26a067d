// workspace info: what a workspace holds, at a glance or as JSON.
#include "cli.h"
#include "store/workspacefile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace sa::cli {

namespace {

struct Totals
{
    int tools = 0;
    int activeTools = 0;
    Cents annualCost = 0; // active tools only
    std::map<Importance, int> byImportance;
};

Totals totalsOf(const WorkspaceStore &store)
{
    Totals t;
    for (const Tool &tool : store.tools()) {
        ++t.tools;
        if (tool.isActive()) {
            ++t.activeTools;
            t.annualCost += tool.annualCost;
        }
    }
    for (const Requirement &r : store.requirements())
        ++t.byImportance[r.importance];
    return t;
}

QJsonObject infoJson(const WorkspaceStore &store, const Totals &t)
{
    const WorkspaceInfo info = store.info();
    QHash<QString, QString> names;
    for (const Capability &c : store.capabilities())
        names.insert(c.slug, c.name);
    QJsonArray requirements;
    for (const Requirement &r : store.requirements())
        requirements.append(
            QJsonObject{{QStringLiteral("capability"), r.capabilitySlug},
                        {QStringLiteral("name"), names.value(r.capabilitySlug, r.capabilitySlug)},
                        {QStringLiteral("importance"), importanceName(r.importance)},
                        {QStringLiteral("min_strength"), r.minStrength}});
    return QJsonObject{{QStringLiteral("file"), store.path()},
                       {QStringLiteral("company"), info.company},
                       {QStringLiteral("prepared_by"), info.preparedBy},
                       {QStringLiteral("currency"), info.currency},
                       {QStringLiteral("profile"), info.profile},
                       {QStringLiteral("created"), info.created.toString(Qt::ISODate)},
                       {QStringLiteral("tools"), t.tools},
                       {QStringLiteral("active_tools"), t.activeTools},
                       {QStringLiteral("annual_cost"), double(t.annualCost) / 100.0},
                       {QStringLiteral("integrations"), int(store.integrations().size())},
                       {QStringLiteral("requirements"), requirements}};
}

void printText(Context &ctx, const WorkspaceStore &store, const Totals &t)
{
    const WorkspaceInfo info = store.info();
    const auto row = [&ctx](const char *label, const QString &value) {
        ctx.out << QString::fromLatin1(label).leftJustified(14) << value << '\n';
    };
    const QString none = QStringLiteral("-");
    row("file", store.path());
    row("company", info.company.isEmpty() ? none : info.company);
    row("prepared by", info.preparedBy.isEmpty() ? none : info.preparedBy);
    row("currency", info.currency);
    row("profile", info.profile.isEmpty() ? none : info.profile);
    row("created", info.created.toString(Qt::ISODate));
    row("tools", QString::number(t.tools) + u" (" + QString::number(t.activeTools) + u" active)");
    row("annual cost", formatMoney(t.annualCost, info.currency));
    row("integrations", QString::number(store.integrations().size()));
    const auto count = [&t](Importance i) {
        const auto it = t.byImportance.find(i);
        return QString::number(it == t.byImportance.end() ? 0 : it->second);
    };
    int requirements = 0;
    for (const auto &[importance, n] : t.byImportance)
        requirements += n;
    row("requirements",
        QString::number(requirements) + u" (" + count(Importance::Must) + u" must, "
            + count(Importance::Should) + u" should, " + count(Importance::Nice) + u" nice)");
}

} // namespace

int workspaceInfo(Context &ctx)
{
    const bool json = takeFlag(ctx.args, QStringLiteral("--json"));
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(u"--")) {
        ctx.err << "usage: stackatlas-cli workspace info FILE [--json]\n";
        return Usage;
    }
    int exitCode = Ok;
    // Reading only: another window may have the workspace open.
    const auto store = openWorkspaceFile(ctx, ctx.args.first(), false, &exitCode);
    if (!store)
        return exitCode;
    const Totals totals = totalsOf(*store);
    if (json)
        printJson(ctx, QJsonDocument(infoJson(*store, totals)));
    else
        printText(ctx, *store, totals);
    return Ok;
}

} // namespace sa::cli
