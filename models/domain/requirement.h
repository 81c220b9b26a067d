#pragma once

#include <QString>

namespace sa {

// How much the company needs a capability. Must and should count for gaps; nice does not.
enum class Importance { Must, Should, Nice };
QString importanceName(Importance importance); // "must", "should", "nice"
bool parseImportance(const QString &text, Importance *importance);

// A capability the workspace requires, at a minimum strength.
struct Requirement
{
    QString capabilitySlug;
    Importance importance = Importance::Must;
    int minStrength = 2; // 1 basic, 2 solid, 3 leading

    friend bool operator==(const Requirement &, const Requirement &) = default;
};

} // namespace sa
