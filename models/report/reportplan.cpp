#include "planning/planner.h"
#include "planning/scenariocost.h"
#include "reportchapters.h"

#include <QCoreApplication>

#include <algorithm>

namespace sa::report {

namespace {

QString actionText(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Keep:
        return tr("Keep");
    case DecisionAction::Retire:
        return tr("Retire");
    case DecisionAction::Replace:
        return tr("Replace");
    case DecisionAction::Add:
        return tr("Add");
    }
    return QString();
}

ReportTable roadmapTable(bool withGivesUp)
{
    ReportTable t;
    t.columns = {column(tr("Effective"), 1.6),
                 column(tr("Action"), 1.1),
                 column(tr("Tool or product"), 3),
                 column(tr("Notice by"), 1.6),
                 column(tr("Annual cost"), 1.7, true),
                 column(tr("One-off cost"), 1.6, true)};
    if (withGivesUp)
        t.columns.push_back(column(tr("Gives up"), 2.6));
    return t;
}

ReportBlock costFigures(const Build &b, Cents baseline, Cents plan, int months)
{
    ReportBlock figures;
    figures.kind = ReportBlockKind::Figures;
    const QString over = tr("over ") + QString::number(months) + tr(" months");
    figures.figures
        = {{tr("Cost as it is"), b.money(baseline), over},
           {tr("Cost with the plan"), b.money(plan), over},
           {tr("Savings"),
            b.money(baseline - plan),
            baseline > 0 ? percentText(double(baseline - plan) / double(baseline)) : QString()}};
    return figures;
}

QString productName(const Build &b, const QString &slug)
{
    for (const Product &p : b.input.stack.products) {
        if (p.slug == slug)
            return p.name;
    }
    return slug;
}

Cents productCost(const Build &b, const QString &slug)
{
    for (const Product &p : b.input.stack.products) {
        if (p.slug == slug)
            return indicativeAnnualCost(p);
    }
    return 0;
}

// The scenario's changes as roadmap rows, by date then name: retirements and
// replacements on their last paid day, adds on their first day.
std::vector<QStringList> scenarioSteps(const Build &b, const Scenario &scenario, QDate start)
{
    struct Step
    {
        QDate date;
        QStringList row;
    };
    std::vector<Step> steps;
    for (const Tool &tool : b.input.stack.tools) {
        const Decision *d = scenario.decisionFor(tool.id);
        if (!tool.isActive() || !d
            || (d->action != DecisionAction::Retire && d->action != DecisionAction::Replace))
            continue;
        const QDate last = d->effective.isValid() ? d->effective : retirementDate(tool, start);
        const QString what = d->action == DecisionAction::Replace
                                 ? tool.name + tr(" by ") + productName(b, d->replacementSlug)
                                 : tool.name;
        steps.push_back({last,
                         {dateText(last),
                          actionText(d->action),
                          what,
                          dateText(noticeDeadline(tool, last)),
                          b.money(tool.annualCost),
                          b.money(d->oneOffCost)}});
    }
    for (const Decision &d : scenario.decisions) {
        if (d.action != DecisionAction::Add)
            continue;
        const QDate first = d.effective.isValid() ? d.effective : start;
        steps.push_back({first,
                         {dateText(first),
                          actionText(d.action),
                          productName(b, d.productSlug),
                          dateText({}),
                          b.money(productCost(b, d.productSlug)),
                          b.money(d.oneOffCost)}});
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &x, const Step &y) {
        return x.date != y.date ? x.date < y.date
                                : x.row[2].compare(y.row[2], Qt::CaseInsensitive) < 0;
    });
    std::vector<QStringList> rows;
    for (Step &s : steps)
        rows.push_back(std::move(s.row));
    return rows;
}

ReportChapter scenarioChapter(const Build &b, const Scenario &scenario, ReportHeadline *h)
{
    const ScenarioCost cost = scenarioCost(b.input.stack, scenario, b.input.date);
    h->hasPlan = true;
    h->planSavings = cost.savings();
    h->planMonths = cost.horizon.months();

    ReportChapter c;
    c.blocks.push_back(paragraph(tr("The saved scenario '") + scenario.name + tr("', over ")
                                 + QString::number(cost.horizon.months()) + tr(" months from ")
                                 + dateText(cost.horizon.start()) + u'.'
                                 + (scenario.notes.isEmpty() ? QString() : u' ' + scenario.notes)));
    c.blocks.push_back(costFigures(b, cost.baselineCost, cost.scenarioCost, cost.horizon.months()));
    c.blocks.push_back(chartBlock(QStringLiteral("monthly-cost")));
    c.blocks.push_back(heading(tr("Roadmap")));
    ReportTable t = roadmapTable(false);
    t.rows = scenarioSteps(b, scenario, cost.horizon.start());
    if (t.rows.empty())
        c.blocks.push_back(paragraph(tr("The scenario keeps every tool as it is.")));
    else
        c.blocks.push_back(tableBlock(t));
    return c;
}

Expected<ReportChapter>
optimizedChapter(const Build &b, const ReportControl &control, ReportHeadline *h)
{
    PlanOptions options = b.input.planOptions;
    if (!options.start.isValid())
        options.start = b.input.date;
    MipControl mip;
    mip.timeLimitSeconds = options.timeLimitSeconds;
    mip.cancel = control.cancel;
    Expected<PlanResult> result = planStack(b.input.stack, b.input.catalogue, options, mip);
    if (!result)
        return result.error();
    ReportChapter c;
    if (!result->hasPlan()) {
        QString why = tr("The optimizer found no plan that meets every constraint.");
        for (const InfeasibleReason &r : result->infeasible)
            why += u' ' + r.message;
        c.blocks.push_back(paragraph(why));
        return c;
    }
    const Roadmap &r = result->roadmap;
    h->hasPlan = true;
    h->planSavings = r.savings();
    h->planMonths = result->horizon.months();
    QString text = tr("The optimizer's plan (COIN-OR CBC, ")
                   + (result->mip.status == MipResult::Status::Optimal
                          ? tr("proven optimal")
                          : tr("optimality gap ") + percentText(result->mip.gap, 1))
                   + tr("), over ") + QString::number(result->horizon.months())
                   + tr(" months from ") + dateText(result->horizon.start())
                   + tr(", with the workspace's planner "
                        "settings. Requirements covered: ")
                   + QString::number(r.coverageBefore.covered) + u'/'
                   + QString::number(r.coverageBefore.required) + tr(" today, ")
                   + QString::number(r.coverageAfter.covered) + u'/'
                   + QString::number(r.coverageAfter.required) + tr(" after the plan.");
    c.blocks.push_back(paragraph(text));
    c.blocks.push_back(costFigures(b, r.baselineCost, r.planCost, result->horizon.months()));
    c.blocks.push_back(heading(tr("Roadmap")));
    if (r.steps.empty()) {
        c.blocks.push_back(paragraph(tr("The plan keeps every tool as it is.")));
        return c;
    }
    ReportTable t = roadmapTable(true);
    for (const RoadmapStep &s : r.steps) {
        t.rows.push_back({dateText(s.effective),
                          actionText(s.action),
                          s.name,
                          dateText(s.noticeDeadline),
                          b.money(s.annualCost),
                          b.money(s.oneOffCost),
                          s.givesUp.isEmpty() ? tr("nothing") : s.givesUp.join(u", ")});
    }
    c.blocks.push_back(tableBlock(t));
    return c;
}

} // namespace

Expected<ReportChapter>
planChapter(const Build &b, const ReportControl &control, ReportHeadline *headline, QString *source)
{
    Expected<ReportChapter> chapter = Error::badInput(QString());
    const QString name = b.input.settings.scenario.trimmed();
    const Scenario *scenario = findReportScenario(b.input);
    if (name.isEmpty()) {
        *source = tr("Optimizer");
        chapter = optimizedChapter(b, control, headline);
    } else if (scenario) {
        *source = tr("Scenario '") + scenario->name + u'\'';
        chapter = scenarioChapter(b, *scenario, headline);
    } else {
        QStringList saved;
        for (const Scenario &s : b.input.scenarios)
            saved << u'\'' + s.name + u'\'';
        return Error::badInput(tr("no scenario named '") + name + tr("' in the workspace (saved: ")
                               + (saved.isEmpty() ? tr("none") : saved.join(u", ")) + u')');
    }
    const bool saved
        = std::any_of(b.input.scenarios.begin(), b.input.scenarios.end(), [](const Scenario &s) {
              return s.kind != ScenarioKind::Baseline;
          });
    if (chapter && saved) {
        chapter->blocks.push_back(chartBlock(QStringLiteral("cost-per-scenario")));
    }
    return chapter;
}

} // namespace sa::report

namespace sa {

const Scenario *findReportScenario(const ReportInput &input)
{
    const QString name = input.settings.scenario.trimmed();
    if (name.isEmpty())
        return nullptr;
    for (const Scenario &s : input.scenarios) {
        if (s.name == name)
            return &s;
    }
    for (const Scenario &s : input.scenarios) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace sa
