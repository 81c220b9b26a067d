#pragma once

#include <QString>

namespace sa {

// Why a catalogue product was proposed for a name, strongest first.
enum class MatchReason {
    ExactName,     // the name is the product's name (ignoring case, accents, punctuation)
    ExactAlias,    // ... one of its aliases
    Normalised,    // equal once company suffixes, editions, years and notes are dropped
    VendorProduct, // vendor name plus product name, or the product name with a vendor hint
    Fuzzy,         // shares distinctive words with, or is a misspelling of, the product's name
    VendorOnly,    // the name only names the vendor, which makes this product
};

// "exact name", "exact alias", "normalised", "vendor+product", "fuzzy", "vendor only"
QString matchReasonName(MatchReason reason);

struct MatchCandidate
{
    QString productSlug;
    double confidence = 0; // in [0, 1]; see NameMatcher for what the thresholds mean
    MatchReason reason = MatchReason::Fuzzy;

    friend bool operator==(const MatchCandidate &, const MatchCandidate &) = default;
};

} // namespace sa
