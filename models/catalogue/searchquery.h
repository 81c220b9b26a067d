#pragma once

#include "domain/ids.h"
#include "domain/priceband.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

// Price bands offered by the browser's filter; a product matches when its indicative
// band overlaps the filter's range.
enum class PriceFilter { Any, Under5k, From5kTo25k, From25kTo100k, Over100k, NotPublished };
QString priceFilterLabel(PriceFilter filter);
bool priceBandMatches(const PriceBand &band, PriceFilter filter);

struct SearchQuery
{
    QString text;               // free text; every word must match, the last as a prefix
    CategoryId categoryId = 0;  // a category (with its subcategories) or a subcategory; 0 = any
    CapabilityId capabilityId = 0;
    QString segment;            // "smb", "mid-market", "enterprise"; empty = any
    PriceFilter price = PriceFilter::Any;
    int limit = 0;              // 0 = no limit
};

// One row of the browser's results table.
struct ProductSummary
{
    ProductId id = 0;
    QString slug;
    QString name;
    QString vendorName;
    QString categoryName;    // primary subcategory
    QString topCategoryName; // its landscape category
    QStringList segments;
    PriceBand price;
    int capabilityCount = 0;
    double relevance = 0; // higher is better; 0 when the query has no text

    friend bool operator==(const ProductSummary &, const ProductSummary &) = default;
};

struct SearchResult
{
    std::vector<ProductSummary> rows; // best first (by relevance, then name)
    int totalMatches = 0;             // before the limit
};

struct CatalogueStats
{
    int products = 0;
    int vendors = 0;
    int categories = 0;
    int subcategories = 0;
    int capabilities = 0;
    int aliases = 0;
    int integrations = 0;
    int minCapabilitiesPerProduct = 0;

    friend bool operator==(const CatalogueStats &, const CatalogueStats &) = default;
};

} // namespace sa
