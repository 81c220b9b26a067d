#include "reportchapters.h"

#include <QCoreApplication>

namespace sa::report {

ReportChapter summaryChapter(const Build &b, const ReportHeadline &h)
{
    const AnalysisResult &a = b.analysis;
    const double spend = double(h.annualSpend);
    const auto shareOfSpend = [&](Cents part) {
        return spend > 0 ? percentText(double(part) / spend) + tr(" of annual spend") : QString();
    };
    int musts = 0;
    for (const Gap &g : a.gaps)
        musts += g.importance == Importance::Must;

    ReportChapter c;
    ReportBlock figures;
    figures.kind = ReportBlockKind::Figures;
    figures.figures = {
        {tr("Tools"),
         QString::number(h.tools),
         countText(a.retiredTools, "retired tool not counted", "retired tools not counted")},
        {tr("Annual spend"), b.money(h.annualSpend), tr("on active tools")},
        {tr("Redundant spend"), b.money(h.redundantSpend), shareOfSpend(h.redundantSpend)},
        {tr("Shelfware"), b.money(h.shelfwareCost), shareOfSpend(h.shelfwareCost)},
        {tr("Gaps"),
         QString::number(h.gaps),
         countText(musts, "must", "musts") + u", "
             + countText(h.gaps - musts, "should", "shoulds")},
        {tr("Data silos"),
         QString::number(h.silos),
         countText(qint64(a.hubs.size()), "hub", "hubs")},
    };
    c.blocks.push_back(figures);

    const QString company = b.input.settings.company.trimmed().isEmpty()
                                ? b.input.info.company
                                : b.input.settings.company.trimmed();
    QString text = company.isEmpty() ? tr("The company") : company;
    text += tr(" pays ") + b.money(h.annualSpend) + tr(" a year for ")
            + countText(h.tools, "active tool", "active tools") + u". ";
    text += countText(qint64(a.overlaps.size()), "capability is", "capabilities are")
            + tr(" covered by two or more tools, costing ") + b.money(h.redundantSpend)
            + tr(" a year in redundant spend; seats nobody uses cost ") + b.money(h.shelfwareCost)
            + u". ";
    text += countText(h.gaps, "required capability has", "required capabilities have")
            + tr(" no tool at the strength asked for, and ")
            + countText(h.silos, "group of tools reaches", "groups of tools reach")
            + tr(" no system of record (data silos).");
    c.blocks.push_back(paragraph(text));
    if (h.hasPlan) {
        c.blocks.push_back(paragraph(tr("The recommended plan saves ") + b.money(h.planSavings)
                                     + tr(" over ") + countText(h.planMonths, "month", "months")
                                     + tr(" against keeping the stack as it is.")));
    }
    c.blocks.push_back(chartBlock(QStringLiteral("spend-by-category")));
    return c;
}

} // namespace sa::report
