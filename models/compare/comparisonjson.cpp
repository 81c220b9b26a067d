#include "comparisonjson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject criteriaJson(const ProductScore &p)
{
    QJsonObject out;
    for (int i = 0; i < kCriterionCount; ++i) {
        const CriterionScore &c = p.criteria[size_t(i)];
        out.insert(criterionKey(Criterion(i)),
                   QJsonObject{{u"score"_s, c.points()},
                               {u"weight"_s, std::round(c.weight * 10000.0) / 10000.0},
                               {u"points"_s, c.part()}});
    }
    return out;
}

QJsonValue priceJson(const ProductScore &p)
{
    const PriceBand &band = p.product.price;
    if (!band.isKnown())
        return QJsonValue(QJsonValue::Null);
    QJsonObject out{{u"low"_s, band.low}, {u"high"_s, band.high}, {u"currency"_s, band.currency}};
    out.insert(u"as_of"_s,
               band.asOf.isValid() ? QJsonValue(band.asOf.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null));
    out.insert(u"midpoint"_s,
               p.priceMidpoint ? QJsonValue(*p.priceMidpoint) : QJsonValue(QJsonValue::Null));
    return out;
}

QJsonObject productJson(const ProductScore &p)
{
    QJsonArray strengths, links;
    for (int s : p.strengths)
        strengths.append(s);
    for (const StackLink &l : p.links)
        links.append(QJsonObject{
            {u"tool"_s, l.toolName}, {u"kind"_s, integrationKindName(l.kind)}, {u"hub"_s, l.hub}});
    return QJsonObject{
        {u"rank"_s, p.rank},
        {u"slug"_s, p.product.slug},
        {u"name"_s, p.product.name},
        {u"vendor"_s, p.product.vendorName},
        {u"total"_s, p.total()},
        {u"criteria"_s, criteriaJson(p)},
        {u"strengths"_s, strengths},
        {u"requirements_met"_s, p.requirementsMet},
        {u"must_met"_s, p.mustMet},
        {u"gaps_closed"_s, QJsonArray::fromStringList(p.gapsClosed)},
        {u"integrations"_s, links},
        {u"stack_tools"_s, p.stackTools},
        {u"stack_hubs"_s, p.stackHubs},
        {u"capabilities_at_threshold"_s, QJsonArray::fromStringList(p.capabilitiesAtThreshold)},
        {u"overlapping"_s, QJsonArray::fromStringList(p.overlapping)},
        {u"price"_s, priceJson(p)},
        {u"segments"_s, QJsonArray::fromStringList(p.product.segments)},
        {u"segment_fit"_s, optionalBool(p.segmentFit)},
        {u"deployment"_s, p.product.deployment},
        {u"owned_as"_s, QJsonArray::fromStringList(p.ownedAs)},
    };
}

} // namespace

QJsonObject comparisonJson(const ComparisonResult &result, const QString &currency)
{
    QJsonObject weights;
    for (int i = 0; i < kCriterionCount; ++i)
        weights.insert(criterionKey(Criterion(i)),
                       std::round(result.weights.values[size_t(i)] * 10000.0) / 10000.0);
    QJsonArray requirements, products;
    for (const MatrixRow &m : result.matrix)
        requirements.append(QJsonObject{{u"capability"_s, m.requirement.capabilitySlug},
                                        {u"name"_s, m.capabilityName},
                                        {u"importance"_s, importanceName(m.requirement.importance)},
                                        {u"min_strength"_s, m.requirement.minStrength},
                                        {u"stack_strength"_s, m.stackStrength},
                                        {u"gap"_s, m.gap}});
    for (const ProductScore &p : result.products)
        products.append(productJson(p));
    return QJsonObject{
        {u"currency"_s, currency},
        {u"price_currency"_s,
         result.priceCurrency.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(result.priceCurrency)},
        {u"segment"_s,
         result.segment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.segment)},
        {u"overlap_threshold"_s, result.overlapThreshold},
        {u"active_tools"_s, result.activeTools},
        {u"weights"_s, weights},
        {u"requirements"_s, requirements},
        {u"products"_s, products},
    };
}

} // namespace sa
