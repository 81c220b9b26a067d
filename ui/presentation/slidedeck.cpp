#include "slidedeck.h"

#include "itemmodels/chartrowsmodel.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/renewalsmodel.h"
#include "itemmodels/scenariocostmodel.h"
#include "itemmodels/spendbycategorymodel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

constexpr int maxPoints = 5;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sa::Slides", text, nullptr, n);
}

// Up to maxPoints lines; the last says how many more there were.
QStringList cut(const QStringList &lines)
{
    if (lines.size() <= maxPoints)
        return lines;
    QStringList out = lines.mid(0, maxPoints - 1);
    out << tr("… and %n more", int(lines.size() - (maxPoints - 1)));
    return out;
}

// "A, B, C and 7 more": a slide has room for a few names.
QString names(const AnalysisResult &a, const std::vector<ToolIndex> &tools, int most = 4)
{
    QStringList out;
    for (const ToolIndex t : tools)
        out << a.tools[size_t(t)].name;
    if (out.size() > most)
        return out.mid(0, most).join(u", ") + u' ' + tr("and %n more", int(out.size()) - most);
    if (out.size() < 2)
        return out.join(QString());
    return out.mid(0, out.size() - 1).join(u", ") + u' ' + tr("and") + u' ' + out.last();
}

// Money on a slide is read from across the room: whole units, "$2,979,587".
QString compact(Cents amount, const QString &currency)
{
    const Cents whole = (amount >= 0 ? amount + 50 : amount - 50) / 100 * 100;
    QString text = formatMoney(whole, currency);
    if (text.endsWith(u".00"))
        text.chop(3);
    return text;
}

QVariant cell(const ChartRowsModel *model, int row, int column, int role)
{
    return model->data(model->index(row, column), role);
}

Slide titleSlide(const WorkspaceInfo &info, const DashboardModels &models)
{
    Slide s;
    s.id = u"title"_s;
    s.title = info.company.isEmpty() ? tr("Marketing technology stack") : info.company;
    s.subtitle = tr("Marketing technology stack review");
    s.points << QLocale().toString(models.today(), QLocale::LongFormat);
    if (!info.preparedBy.isEmpty())
        s.points << tr("Prepared by %1").arg(info.preparedBy);
    return s;
}

Slide findingsSlide(const AnalysisResult &a, const QString &currency)
{
    Slide s;
    s.id = u"findings"_s;
    s.title = tr("Headline findings");
    s.subtitle = tr("%n active tools", int(a.tools.size()));
    s.figures = {{compact(a.annualCost, currency), tr("Annual spend")},
                 {compact(a.redundantCost, currency), tr("Spent twice")},
                 {compact(a.shelfwareCost, currency), tr("Unused seats")},
                 {QString::number(a.gaps.size()), tr("Gaps")}};
    if (!a.overlaps.empty())
        s.points << tr("%n capabilities are paid for more than once", int(a.overlaps.size()));
    if (!a.fullyRedundant.empty())
        s.points << tr("Retiring %1 would lose no capability").arg(names(a, a.fullyRedundant, 3));
    if (!a.shelfware.empty())
        s.points << tr("%n tools used by under half their seats", int(a.shelfware.size()));
    if (!a.silos.empty())
        s.points << (a.silos.size() == 1
                         ? tr("One group of tools reaches no hub")
                         : tr("%n groups of tools reach no hub", int(a.silos.size())));
    if (s.points.isEmpty())
        s.points << tr("No overlaps, no shelfware, no silos");
    return s;
}

Slide spendSlide(const DashboardModels &models)
{
    Slide s;
    s.id = u"spend"_s;
    s.title = tr("Where the money goes");
    s.subtitle = tr("Annual spend by category");
    s.chart = ChartKind::SpendByCategory;
    const ChartRowsModel *spend = models.spendByCategory();
    for (int row = 0; row < std::min(spend->rowCount(), 4); ++row) {
        const Cents amount
            = cell(spend, row, SpendByCategoryModel::Spend, ChartRowsModel::UnderlyingDataRole)
                  .toLongLong();
        s.points << tr("%1: %2, %3")
                        .arg(spend->label(row),
                             compact(amount, models.currency()),
                             cell(spend, row, SpendByCategoryModel::Share, ChartRowsModel::TextRole)
                                 .toString());
    }
    return s;
}

Slide overlapsSlide(const AnalysisResult &a, const QString &currency)
{
    Slide s;
    s.id = u"overlaps"_s;
    s.title = tr("Overlaps and redundant spend");
    s.subtitle = tr("%1 a year spent on capabilities another tool already covers")
                     .arg(compact(a.redundantCost, currency));
    s.chart = ChartKind::RedundantSpend;
    QStringList lines;
    for (const Overlap &o : a.overlaps) {
        lines << tr("%1: %2 tools, %3 spent twice")
                     .arg(a.capabilities[size_t(o.capability)].name)
                     .arg(o.tools.size())
                     .arg(compact(o.redundantCost, currency));
    }
    s.points = lines.isEmpty() ? QStringList{tr("No capability is paid for twice")} : cut(lines);
    return s;
}

Slide gapsSlide(const AnalysisResult &a)
{
    Slide s;
    s.id = u"gaps"_s;
    s.title = tr("Gaps");
    s.subtitle = tr("Required capabilities no active tool meets");
    QStringList lines;
    for (const Gap &g : a.gaps) {
        const QString name = a.capabilities[size_t(g.capability)].name;
        const QString need = g.importance == Importance::Must ? tr("must") : tr("should");
        lines << (g.bestStrength == 0 ? tr("%1 (%2): nothing covers it").arg(name, need)
                                      : tr("%1 (%2): strength %3 of %4 needed")
                                            .arg(name, need)
                                            .arg(g.bestStrength)
                                            .arg(g.minStrength));
    }
    s.figures = {{QString::number(a.gaps.size()), tr("Gaps")}};
    s.points = lines.isEmpty() ? QStringList{tr("Every must and should requirement is met")}
                               : cut(lines);
    return s;
}

Slide integrationSlide(const AnalysisResult &a)
{
    Slide s;
    s.id = u"integrations"_s;
    s.title = tr("How the tools connect");
    s.subtitle = tr("%n integrations between active tools", a.integrations);
    s.figures = {{QString::number(a.hubs.size()), tr("Hubs")},
                 {QString::number(a.silos.size()), tr("Silos")},
                 {QString::number(a.singlePointsOfFailure.size()), tr("Single points of failure")}};
    if (!a.hubs.empty())
        s.points << tr("Hubs: %1").arg(names(a, a.hubs));
    for (size_t i = 0; i < std::min<size_t>(a.silos.size(), 2); ++i)
        s.points << tr("Silo: %1").arg(names(a, a.silos[i]));
    if (a.silos.size() > 2)
        s.points << tr("… and %n more silos", int(a.silos.size() - 2));
    if (!a.singlePointsOfFailure.empty())
        s.points << (a.singlePointsOfFailure.size() == 1 ? tr("Single point of failure: %1")
                                                         : tr("Single points of failure: %1"))
                        .arg(names(a, a.singlePointsOfFailure));
    if (s.points.isEmpty())
        s.points << tr("Every tool reaches a hub; no single tool holds the map together");
    return s;
}

std::optional<Slide> planSlide(const DashboardModels &models)
{
    const Scenario *plan = models.shownScenario();
    if (!plan)
        return std::nullopt;
    Slide s;
    s.id = u"plan"_s;
    s.title = tr("The plan: %1").arg(plan->name);
    s.chart = ChartKind::MonthlyCost;
    const ChartRowsModel *costs = models.scenarioCost();
    for (int row = 0; row < costs->rowCount(); ++row) {
        if (cell(costs, row, 0, ChartRowsModel::UnderlyingDataRole).toLongLong() != plan->id)
            continue;
        const auto money = [&](int column) {
            return compact(
                cell(costs, row, column, ChartRowsModel::UnderlyingDataRole).toLongLong(),
                models.currency());
        };
        s.subtitle = tr("Over %n months",
                        cell(costs, row, ScenarioCostModel::Months, Qt::DisplayRole).toInt());
        s.figures = {{money(ScenarioCostModel::Before), tr("Today's stack")},
                     {money(ScenarioCostModel::After), tr("With the plan")},
                     {money(ScenarioCostModel::Savings), tr("Saved")}};
        s.points = cut(cell(costs, row, 0, ChartRowsModel::DetailsRole).toStringList());
    }
    return s;
}

Slide renewalsSlide(const DashboardModels &models)
{
    Slide s;
    s.id = u"renewals"_s;
    s.title = tr("Renewals ahead");
    s.subtitle = tr("Contracts ending in the next 12 months, and when notice is due");
    s.chart = ChartKind::Renewals;
    // The paid contracts, soonest first.
    const QLocale locale;
    QStringList lines;
    for (const RenewalsModel::Renewal &r : models.renewals()->upcoming()) {
        if (r.annualCost <= 0)
            continue;
        QString line = tr("%1: %2 on %3")
                           .arg(r.name,
                                compact(r.annualCost, models.currency()),
                                locale.toString(r.date, u"d MMM"_s));
        if (r.notice.isValid() && r.notice >= models.today())
            line += tr(", notice by %1").arg(locale.toString(r.notice, u"d MMM"_s));
        lines << line;
    }
    s.points = lines.isEmpty() ? QStringList{tr("No paid contract ends in the next 12 months")}
                               : cut(lines);
    return s;
}

} // namespace

std::vector<Slide> buildSlides(const WorkspaceInfo &info,
                               const AnalysisResult &analysis,
                               const DashboardModels &models)
{
    const QString currency = models.currency();
    std::vector<Slide> slides{titleSlide(info, models),
                              findingsSlide(analysis, currency),
                              spendSlide(models),
                              overlapsSlide(analysis, currency),
                              gapsSlide(analysis),
                              integrationSlide(analysis)};
    if (std::optional<Slide> plan = planSlide(models))
        slides.push_back(std::move(*plan));
    slides.push_back(renewalsSlide(models));
    return slides;
}

} // namespace sa
