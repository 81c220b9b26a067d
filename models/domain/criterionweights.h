#pragma once

#include "domain/result.h"

#include <QString>

#include <array>

namespace sa {

// The named criteria of a vendor comparison (README "Comparing vendors" defines each).
enum class Criterion { Coverage, Integration, Cost, Overlap };
inline constexpr int kCriterionCount = 4;

QString criterionKey(Criterion criterion);        // "coverage", "integration", "cost", "overlap"
QString criterionTitle(Criterion criterion);      // "Requirement coverage", ...
QString criterionShortTitle(Criterion criterion); // "Coverage", ... for headers and axes
bool parseCriterion(const QString &key, Criterion *criterion);

// The user's weights, one per criterion, as given (any non-negative scale: 40/30/20/10
// and 0.4/0.3/0.2/0.1 are the same). normalised() divides each by their sum, so the
// weights used always sum to 1; a zero weight keeps its criterion visible with 0 points.
// All zero, negative, infinite or NaN weights are refused with a message.
struct CriterionWeights
{
    std::array<double, kCriterionCount> values{0.4, 0.3, 0.2, 0.1};

    double operator[](Criterion c) const { return values[size_t(c)]; }
    double &operator[](Criterion c) { return values[size_t(c)]; }

    Expected<CriterionWeights> normalised() const;
    // "coverage=0.4,integration=0.3,cost=0.2,overlap=0.1": criteria not named weigh 0.
    static Expected<CriterionWeights> parse(const QString &text);
    // The same form, every criterion named, numbers in their shortest exact form.
    QString toString() const;

    friend bool operator==(const CriterionWeights &, const CriterionWeights &) = default;
};

} // namespace sa
