#include "namematcher.h"

#include "domain/product.h"
#include "namematchindex.h"
#include "namematchrun.h"

namespace sa {

NameMatcher::NameMatcher()
    : NameMatcher(std::vector<Product>())
{
}

NameMatcher::NameMatcher(const std::vector<Product> &products, NameMatcherOptions options)
    : m_index(std::make_shared<const NameMatchIndex>(products))
    , m_options(options)
{
}

std::vector<MatchCandidate> NameMatcher::match(QStringView name, QStringView vendorHint) const
{
    const NameMatchRun run(*m_index, name, vendorHint);
    return run.candidates(m_options.maxCandidates, m_options.minConfidence);
}

NameMatcher::Outcome NameMatcher::outcome(const std::vector<MatchCandidate> &candidates)
{
    const double best = candidates.empty() ? 0.0 : candidates.front().confidence;
    if (best >= AcceptThreshold)
        return Outcome::Accepted;
    return best >= SuggestThreshold ? Outcome::Suggested : Outcome::Unmatched;
}

int NameMatcher::productCount() const
{
    return int(m_index->products().size());
}

} // namespace sa
