#include "syntheticplan.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sa::bench {

namespace {

QString capabilitySlug(int c)
{
    return u"cap-"_s + QString::number(c);
}

// n distinct capabilities, mostly from the home category of ten.
template<typename Push>
void coverSome(QRandomGenerator &rng, int capabilities, int n, Push push)
{
    const int categories = std::max(1, capabilities / 10);
    const int home = int(rng.bounded(categories));
    std::vector<bool> taken(size_t(capabilities), false);
    for (int k = 0; k < n; ++k) {
        int c = rng.bounded(4) == 0 ? int(rng.bounded(capabilities))
                                    : std::min(capabilities - 1, home * 10 + int(rng.bounded(10)));
        if (taken[size_t(c)])
            continue;
        taken[size_t(c)] = true;
        push(capabilitySlug(c), 1 + int(rng.bounded(3)));
    }
}

} // namespace

SyntheticPlan syntheticPlan(const SyntheticPlanOptions &o)
{
    QRandomGenerator rng(o.seed);
    SyntheticPlan plan;
    AnalysisInput &in = plan.input;
    for (int c = 0; c < o.capabilities; ++c) {
        Capability cap;
        cap.slug = capabilitySlug(c);
        cap.name = u"Capability "_s + QString::number(c);
        in.capabilities.push_back(cap);
        if (rng.bounded(10) < 6)
            in.requirements.push_back(
                {cap.slug, rng.bounded(3) == 0 ? Importance::Should : Importance::Must, 2});
    }
    const int hubs = std::max(1, o.tools / 50);
    const QDate start(2025, 1, 1);
    for (int t = 0; t < o.tools; ++t) {
        Tool tool;
        tool.id = t + 1;
        tool.name = u"Tool "_s + QString::number(t);
        tool.vendorName = u"Vendor "_s + QString::number(rng.bounded(o.vendors));
        tool.annualCost = Cents(rng.bounded(1'000, 60'000)) * 100;
        tool.contractEnd = start.addDays(rng.bounded(730));
        tool.noticeDays = 30 * (1 + int(rng.bounded(3)));
        tool.autoRenew = rng.bounded(2) == 0;
        tool.seats = 10 + int(rng.bounded(90));
        tool.activeUsers = int(rng.bounded(tool.seats + 1));
        if (t < hubs) {
            tool.categorySlug = t % 2 ? u"cdp"_s : u"crm"_s;
            tool.systemOfRecord = true;
        }
        coverSome(rng, o.capabilities, 4 + int(rng.bounded(9)), [&](const QString &slug, int s) {
            tool.capabilities.push_back({slug, s});
        });
        in.tools.push_back(tool);
        if (t >= hubs)
            in.integrations.push_back({ToolId(1 + rng.bounded(hubs)), tool.id});
    }
    for (int p = 0; p < o.candidates; ++p) {
        Product product;
        product.slug = u"product-"_s + QString::number(p);
        product.name = u"Product "_s + QString::number(p);
        const int vendor = int(rng.bounded(o.vendors));
        product.vendorSlug = u"vendor-"_s + QString::number(vendor);
        product.vendorName = u"Vendor "_s + QString::number(vendor);
        product.categorySlug = rng.bounded(100) < 3 ? u"crm"_s : u"other"_s;
        product.price.low = qint64(rng.bounded(500, 40'000));
        product.price.high = product.price.low * (1 + qint64(rng.bounded(2)));
        coverSome(rng, o.capabilities, 3 + int(rng.bounded(8)), [&](const QString &slug, int s) {
            product.capabilities.push_back({0, slug, QString(), s});
        });
        for (int k = 0; k < 3; ++k) {
            ProductIntegration pi;
            pi.otherSlug = u"product-"_s + QString::number(rng.bounded(o.candidates));
            product.integrations.push_back(pi);
        }
        plan.catalogue.push_back(product);
    }
    return plan;
}

} // namespace sa::bench
