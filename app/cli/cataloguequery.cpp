// catalogue stats and catalogue search.
#include "cli.h"
#include "store/sqlitecataloguestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::cli {

int catalogueStats(Context &ctx)
{
    const bool json = takeFlag(ctx.args, QStringLiteral("--json"));
    if (rejectExtraArguments(ctx, QStringLiteral("stackatlas-cli catalogue stats [--json]")))
        return Usage;
    int code = Ok;
    const auto store = openStore(ctx, &code);
    if (!store)
        return code;
    const CatalogueStats s = store->stats();
    const std::vector<std::pair<const char *, int>> rows{
        {"products", s.products},
        {"vendors", s.vendors},
        {"categories", s.categories},
        {"subcategories", s.subcategories},
        {"capabilities", s.capabilities},
        {"aliases", s.aliases},
        {"integrations", s.integrations},
        {"min_capabilities_per_product", s.minCapabilitiesPerProduct},
    };
    if (json) {
        QJsonObject o;
        for (const auto &[key, value] : rows)
            o.insert(QLatin1String(key), value);
        printJson(ctx, QJsonDocument(o));
        return Ok;
    }
    for (const auto &[key, value] : rows)
        ctx.out << QString::fromLatin1(key).leftJustified(30) << value << '\n';
    return Ok;
}

namespace {

// Resolves a --category or --capability slug to its id; 0 with a message when unknown.
template<typename Item>
qint64 idOfSlug(const std::vector<Item> &items, const QString &slug)
{
    for (const Item &item : items) {
        if (item.slug == slug)
            return item.id;
    }
    return 0;
}

QJsonValue priceValue(qint64 amount, bool known)
{
    return known ? QJsonValue(double(amount)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const ProductSummary &p)
{
    return QJsonObject{{QStringLiteral("slug"), p.slug},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("vendor"), p.vendorName},
                       {QStringLiteral("category"), p.topCategoryName},
                       {QStringLiteral("subcategory"), p.categoryName},
                       {QStringLiteral("segments"), QJsonArray::fromStringList(p.segments)},
                       {QStringLiteral("price_low"), priceValue(p.price.low, p.price.isKnown())},
                       {QStringLiteral("price_high"), priceValue(p.price.high, p.price.isKnown())},
                       {QStringLiteral("currency"), p.price.currency},
                       {QStringLiteral("capabilities"), p.capabilityCount}};
}

} // namespace

int catalogueSearch(Context &ctx)
{
    const QString usage
        = QStringLiteral("stackatlas-cli catalogue search QUERY [--limit N] [--category SLUG] "
                         "[--capability SLUG] [--segment smb|mid-market|enterprise] [--json]");
    const bool json = takeFlag(ctx.args, QStringLiteral("--json"));
    QString limitText, category, capability, segment;
    bool missing = false;
    takeOption(ctx.args, QStringLiteral("--limit"), &limitText, &missing);
    takeOption(ctx.args, QStringLiteral("--category"), &category, &missing);
    takeOption(ctx.args, QStringLiteral("--capability"), &capability, &missing);
    takeOption(ctx.args, QStringLiteral("--segment"), &segment, &missing);
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&limitOk);
    if (missing || !limitOk || limit < 0 || ctx.args.size() > 1
        || (ctx.args.size() == 1 && ctx.args.first().startsWith(u"--"))) {
        ctx.err << "usage: " << usage << '\n';
        return Usage;
    }
    if (!segment.isEmpty() && !knownSegments().contains(segment)) {
        ctx.err << "stackatlas-cli: unknown segment '" << segment
                << "' (expected smb, mid-market or enterprise)\n";
        return Usage;
    }
    int code = Ok;
    const auto store = openStore(ctx, &code);
    if (!store)
        return code;

    SearchQuery query;
    query.text = ctx.args.value(0);
    query.limit = limit;
    query.segment = segment;
    if (!category.isEmpty() && !(query.categoryId = idOfSlug(store->categories(), category))) {
        ctx.err << "stackatlas-cli: unknown category '" << category << "'\n";
        return Usage;
    }
    if (!capability.isEmpty()
        && !(query.capabilityId = idOfSlug(store->capabilities(), capability))) {
        ctx.err << "stackatlas-cli: unknown capability '" << capability << "'\n";
        return Usage;
    }
    const SearchResult result = store->search(query);
    if (json) {
        QJsonArray rows;
        for (const ProductSummary &p : result.rows)
            rows.append(summaryJson(p));
        printJson(ctx,
                  QJsonDocument(QJsonObject{{QStringLiteral("query"), query.text},
                                            {QStringLiteral("total"), result.totalMatches},
                                            {QStringLiteral("results"), rows}}));
        return Ok;
    }
    // Aligned columns; prices are labelled indicative, never a quote.
    qsizetype nameWidth = 0, vendorWidth = 0, categoryWidth = 0;
    for (const ProductSummary &p : result.rows) {
        nameWidth = std::max(nameWidth, p.name.size());
        vendorWidth = std::max(vendorWidth, p.vendorName.size());
        categoryWidth = std::max(categoryWidth, p.categoryName.size());
    }
    for (const ProductSummary &p : result.rows) {
        const QString price = !p.price.isKnown()  ? QStringLiteral("price not published")
                              : p.price.high == 0 ? QStringLiteral("free")
                                                  : u"indicative " + p.price.display();
        ctx.out << p.name.leftJustified(nameWidth + 2)
                << p.vendorName.leftJustified(vendorWidth + 2)
                << p.categoryName.leftJustified(categoryWidth + 2) << price << '\n';
    }
    ctx.out << "showing " << result.rows.size() << " of " << result.totalMatches << " matches\n";
    return Ok;
}

} // namespace sa::cli
