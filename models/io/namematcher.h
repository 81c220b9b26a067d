#pragma once

#include "namematchcandidate.h"

#include <QStringView>

#include <memory>
#include <vector>

namespace sa {

struct Product;
class NameMatchIndex;

struct NameMatcherOptions
{
    int maxCandidates = 8;
    double minConfidence = 0.5; // weaker candidates are left out
};

// Maps the tool names people write in finance and IT exports ("SFDC", "Hubspot Marketing
// Pro", "Zoom Video Communications Inc", "monday.com - Work OS") to catalogue products,
// each with a confidence and the reason for it, best first.
//
// Confidence is graded by how the name was recognised, not learned: an exact name or alias
// is certain; equality once company suffixes, editions, years and notes are dropped, or
// vendor plus product name, nearly so; anything fuzzier stays below AcceptThreshold, so
// only a person turns a guess into a match. A name that only names a vendor with several
// products ("Adobe") is never accepted: its products are listed, with less confidence the
// more there are. A vendor hint (the export's "Vendor" column) completes short names
// ("Analytics" by Adobe) and raises that vendor's candidates.
//
// Built once from the catalogue (a few hash maps and a word index; see NameMatchIndex),
// then matching is a handful of hash lookups plus a fuzzy pass over the products that share
// a word with the name. Copies share the immutable index; match() is safe to call from
// several threads.
class NameMatcher
{
public:
    // Matched without asking the user.
    static constexpr double AcceptThreshold = 0.9;
    // Offered to the user to confirm; below it the tool is imported as a custom tool.
    static constexpr double SuggestThreshold = 0.6;

    enum class Outcome { Accepted, Suggested, Unmatched };

    NameMatcher();
    explicit NameMatcher(const std::vector<Product> &products, NameMatcherOptions options = {});

    std::vector<MatchCandidate> match(QStringView name, QStringView vendorHint = {}) const;

    // What the import does with a name whose candidates are these.
    static Outcome outcome(const std::vector<MatchCandidate> &candidates);

    int productCount() const;

private:
    std::shared_ptr<const NameMatchIndex> m_index;
    NameMatcherOptions m_options;
};

} // namespace sa
