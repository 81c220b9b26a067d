#pragma once

#include "domain/criterionweights.h"
#include "domain/product.h"
#include "domain/requirement.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sa {

// One criterion of one product: the score in points (0..100, hundredths exact), the
// normalised weight and the weighted part. The parts of a product sum to its total
// exactly, because each part is rounded once and the total is their sum.
struct CriterionScore
{
    double score = 0;           // the unrounded fraction 0..1 (README gives each formula)
    qint64 scoreHundredths = 0; // round(score x 10000): points x 100
    double weight = 0;          // normalised, 0..1
    qint64 partHundredths = 0;  // round(weight x score x 10000)

    double points() const { return double(scoreHundredths) / 100.0; }
    double part() const { return double(partHundredths) / 100.0; }
};

// A tool already in the workspace that a compared product integrates with.
struct StackLink
{
    QString toolName;
    IntegrationKind kind = IntegrationKind::Api;
    bool hub = false;
};

// One compared product with everything the matrix and the breakdown show.
struct ProductScore
{
    Product product;
    int rank = 0; // 1 = best, after the tie-breaks
    std::array<CriterionScore, kCriterionCount> criteria;
    qint64 totalHundredths = 0; // sum of the criteria's parts

    // Coverage: per requirement of the comparison, the product's strength (0: none).
    std::vector<int> strengths;
    int requirementsMet = 0; // strength >= min strength
    int mustMet = 0;
    QStringList gapsClosed; // capability slugs of the stack's gaps it covers at min strength

    // Integration fit.
    std::vector<StackLink> links; // by tool name
    int stackTools = 0;           // active tools counted (its own tools left out)
    int stackHubs = 0;

    // Overlap: its capabilities at the overlap threshold or above, and those of them an
    // owned tool already covers at the threshold or above (slugs, by slug).
    QStringList capabilitiesAtThreshold;
    QStringList overlapping;

    // Cost: the band's midpoint (low + high) / 2; nullopt when not published or in another
    // currency than the comparison's.
    std::optional<double> priceMidpoint;

    QStringList ownedAs;            // names of the workspace's tools on this product
    std::optional<bool> segmentFit; // nullopt when the workspace has no segment set

    const CriterionScore &operator[](Criterion c) const { return criteria[size_t(c)]; }
    double total() const { return double(totalHundredths) / 100.0; }
};

// One requirement row of the capability matrix.
struct MatrixRow
{
    Requirement requirement;
    QString capabilityName;
    int stackStrength = 0; // best active tool today (the whole stack)
    bool gap = false;      // an analysis gap: must/should not met today
};

// What compareProducts() gives: the products in rank order (best first) and the matrix
// rows, in the order of ProductScore::strengths.
struct ComparisonResult
{
    CriterionWeights weights; // normalised
    QString priceCurrency;    // the currency the cost criterion compares in
    QString segment;          // the workspace's segment, empty when not set
    int overlapThreshold = 2;
    int activeTools = 0;
    std::vector<MatrixRow> matrix;
    std::vector<ProductScore> products;
    QHash<QString, QString> capabilityNames; // slug -> name: the workspace's, the products'

    // The name of a capability, its slug when nobody named it.
    QString capabilityName(const QString &slug) const { return capabilityNames.value(slug, slug); }
};

} // namespace sa
