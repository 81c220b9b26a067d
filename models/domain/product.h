#pragma once

#include "ids.h"
#include "origin.h"
#include "priceband.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

// How well a product does a capability.
enum class Strength { Basic = 1, Solid = 2, Leading = 3 };
QString strengthName(int strength); // "basic", "solid", "leading"

enum class IntegrationKind { Native, Connector, Api };
QString integrationKindName(IntegrationKind kind); // "native", "connector", "api"
bool parseIntegrationKind(const QString &text, IntegrationKind *kind);

struct ProductCapability
{
    CapabilityId capabilityId = 0;
    QString capabilitySlug;
    QString capabilityName; // filled by stores for display
    int strength = 1;       // 1 basic, 2 solid, 3 leading

    friend bool operator==(const ProductCapability &, const ProductCapability &) = default;
};

struct ProductIntegration
{
    ProductId otherId = 0;
    QString otherSlug;
    QString otherName; // filled by stores for display
    IntegrationKind kind = IntegrationKind::Api;

    friend bool operator==(const ProductIntegration &, const ProductIntegration &) = default;
};

// A catalogue product with everything the detail panel and the workspace snapshot need.
struct Product
{
    ProductId id = 0;
    QString slug;
    VendorId vendorId = 0;
    QString vendorSlug;
    QString vendorName;
    QString name;
    CategoryId categoryId = 0; // primary subcategory
    QString categorySlug;
    QString description;
    QStringList segments;   // subset of "smb", "mid-market", "enterprise"
    QString deployment;     // "cloud", "on-premise", "hybrid"
    QString pricingModel;   // free text: "per seat", "per contact tier", ...
    PriceBand price;
    QStringList aliases;
    std::vector<ProductCapability> capabilities;
    std::vector<ProductIntegration> integrations;
    Origin origin = Origin::User;
    bool edited = false; // a shipped product the user changed

    friend bool operator==(const Product &, const Product &) = default;
};

// The segments a product can fit, in display order.
const QStringList &knownSegments();

} // namespace sa
