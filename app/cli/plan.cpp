// plan: the consolidated stack the optimizer finds for a workspace, with its roadmap, as
// a report or as JSON (DESIGN.md "Planner", "Command line"); --save-as keeps it as a
// scenario. Reads the catalogue for products to add.
#include "cli.h"
#include "planning/planjson.h"
#include "planning/planner.h"
#include "plantext.h"
#include "store/sqlitecataloguestore.h"
#include "store/workspacefile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::cli {

namespace {

const char usage[]
    = "usage: stackatlas-cli plan FILE [--budget N] [--keep A,B] [--exclude X] "
      "[--horizon-months N]\n"
      "       [--start YYYY-MM-DD] [--max-vendors N] [--require-hub] [--time-limit S] [--json]\n"
      "       [--save-as NAME] [--leave-out-uncoverable]\n";

int refuse(Context &ctx, const QString &message)
{
    ctx.err << "stackatlas-cli: " << message << '\n' << usage;
    return Usage;
}

QStringList listOption(Context &ctx, const QString &name, bool *missing)
{
    QStringList out;
    for (const QString &value : takeRepeatedOption(ctx.args, name, missing)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

// Reads the options into o; an empty string when they are fine, else what is wrong.
QString readOptions(Context &ctx, PlanOptions *o, bool *json, QString *saveAs, bool *leaveOut)
{
    bool missing = false;
    *json = takeFlag(ctx.args, QStringLiteral("--json"));
    *leaveOut = takeFlag(ctx.args, QStringLiteral("--leave-out-uncoverable"));
    o->requireHub = takeFlag(ctx.args, QStringLiteral("--require-hub")) || o->requireHub;
    o->keep = listOption(ctx, QStringLiteral("--keep"), &missing);
    o->exclude = listOption(ctx, QStringLiteral("--exclude"), &missing);
    if (missing)
        return QStringLiteral("--keep and --exclude need tool or product names");
    QString value;
    if (takeOption(ctx.args, QStringLiteral("--budget"), &value, &missing)) {
        bool ok = false;
        const double budget = value.toDouble(&ok);
        if (missing || !ok || !std::isfinite(budget) || budget < 0)
            return u"--budget needs an amount a year, such as 120000 or 120000.50, not '" + value
                   + u"'";
        o->budget = Cents(std::llround(budget * 100));
    }
    if (takeOption(ctx.args, QStringLiteral("--horizon-months"), &value, &missing)) {
        bool ok = false;
        o->horizonMonths = value.toInt(&ok);
        if (missing || !ok || o->horizonMonths < 1 || o->horizonMonths > 120)
            return u"--horizon-months needs 1 to 120, not '" + value + u"'";
    }
    if (takeOption(ctx.args, QStringLiteral("--start"), &value, &missing)) {
        o->start = QDate::fromString(value, Qt::ISODate);
        if (missing || !o->start.isValid() || value.size() != 10)
            return u"--start needs a date as YYYY-MM-DD, not '" + value + u"'";
    }
    if (takeOption(ctx.args, QStringLiteral("--max-vendors"), &value, &missing)) {
        bool ok = false;
        o->maxVendors = value.toInt(&ok);
        if (missing || !ok || o->maxVendors < 1)
            return u"--max-vendors needs a number of vendors, 1 or more, not '" + value + u"'";
    }
    if (takeOption(ctx.args, QStringLiteral("--time-limit"), &value, &missing)) {
        bool ok = false;
        o->timeLimitSeconds = value.toDouble(&ok);
        if (missing || !ok || o->timeLimitSeconds <= 0)
            return u"--time-limit needs seconds, more than 0, not '" + value + u"'";
    }
    if (takeOption(ctx.args, QStringLiteral("--save-as"), saveAs, &missing)
        && (missing || saveAs->trimmed().isEmpty()))
        return QStringLiteral("--save-as needs a scenario name");
    return QString();
}

// The names of the capabilities with these slugs (the slug where the workspace has none).
QStringList capabilityNames(const AnalysisInput &input, const QStringList &slugs)
{
    QStringList names;
    for (const QString &slug : slugs) {
        const auto c = std::find_if(input.capabilities.begin(),
                                    input.capabilities.end(),
                                    [&slug](const Capability &x) { return x.slug == slug; });
        names << (c != input.capabilities.end() ? c->name : slug);
    }
    return names;
}

} // namespace

int plan(Context &ctx)
{
    PlanOptions options;
    bool json = false;
    QString saveAs;
    bool leaveOut = false;
    // The workspace's settings are read first, so that the options given here win.
    const QStringList given = ctx.args;
    if (ctx.args.isEmpty() || ctx.args.first().startsWith(u"--"))
        return refuse(ctx, QStringLiteral("plan needs a workspace file"));
    const QString file = ctx.args.takeFirst();
    if (const QString problem = readOptions(ctx, &options, &json, &saveAs, &leaveOut);
        !problem.isEmpty())
        return refuse(ctx, problem);
    if (!ctx.args.isEmpty())
        return refuse(ctx, u"unexpected argument '" + ctx.args.first() + u"'");

    int exitCode = Ok;
    const auto store = openWorkspaceFile(ctx, file, !saveAs.isEmpty(), &exitCode);
    if (!store)
        return exitCode;
    const auto catalogue = openStore(ctx, &exitCode);
    if (!catalogue)
        return exitCode;
    PlanOptions merged = planOptions(*store);
    ctx.args = given.mid(1);
    bool ignoredJson = false;
    bool ignoredLeaveOut = false;
    QString ignoredName;
    readOptions(ctx, &merged, &ignoredJson, &ignoredName, &ignoredLeaveOut);
    if (!merged.start.isValid())
        merged.start = QDate::currentDate();

    AnalysisInput input = analysisInput(*store);
    const std::vector<Product> products = catalogue->allProducts();
    const QStringList leftOut
        = leaveOut ? capabilityNames(input, leaveOutUncoverableMusts(&input, products))
                   : QStringList();
    Expected<PlanResult> result = planStack(input, products, merged);
    if (!result) {
        ctx.err << "stackatlas-cli: " << file << ": " << result.error().message << '\n';
        return result.error().kind == Error::Kind::Io ? IoError : BadInput;
    }
    if (json) {
        QJsonObject object = planJson(*result);
        object.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut));
        printJson(ctx, QJsonDocument(object));
    } else {
        if (!leftOut.isEmpty())
            ctx.out << "Left out, as nothing covers them: " << leftOut.join(u", "_s) << "\n";
        printPlanText(ctx.out, *result, store->info());
    }
    if (!result->hasPlan()) {
        for (const InfeasibleReason &r : result->infeasible)
            ctx.err << "stackatlas-cli: " << file << ": cannot plan: " << r.message << '\n';
        if (result->infeasible.empty())
            ctx.err << "stackatlas-cli: " << file << ": no plan found within the time limit of "
                    << merged.timeLimitSeconds << " s\n";
        if (!leaveOut && !uncoverableMusts(input, products).empty())
            ctx.err << "stackatlas-cli: --leave-out-uncoverable plans without the must "
                       "requirements that nothing can cover\n";
        return BadInput;
    }
    if (!saveAs.isEmpty()) {
        Scenario scenario = planScenario(*result, saveAs.trimmed());
        scenario.notes = u"stackatlas-cli plan " + given.mid(1).join(u' ');
        if (!leftOut.isEmpty())
            scenario.notes += u"\nLeft out as nothing covers them: " + leftOut.join(u", "_s) + u'.';
        const Expected<ScenarioId> saved = store->saveScenario(scenario, result->addedProducts);
        if (!saved) {
            ctx.err << "stackatlas-cli: " << file << ": " << saved.error().message << '\n';
            return saved.error().kind == Error::Kind::BadInput ? BadInput : IoError;
        }
        if (!json)
            ctx.out << "\nSaved as scenario '" << scenario.name << "'.\n";
    }
    return Ok;
}

} // namespace sa::cli
