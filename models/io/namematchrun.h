#pragma once

#include "namematchcandidate.h"
#include "namematchindex.h"
#include "namereducer.h"

#include <QHash>
#include <QStringView>

#include <vector>

namespace sa {

// One NameMatcher::match call: folds and reduces the name once, then lets each level of
// evidence offer products (exact, normalised, vendor plus product, vendor hint, fuzzy,
// vendor only, notes and later segments), keeping each product's strongest offer. The
// confidence of each level is a named constant in the .cpp.
class NameMatchRun
{
public:
    NameMatchRun(const NameMatchIndex &index, QStringView name, QStringView vendorHint);

    std::vector<MatchCandidate> candidates(int maxCandidates, double minConfidence) const;

private:
    struct Score
    {
        double confidence = 0;
        MatchReason reason = MatchReason::Fuzzy;
    };

    int resolveVendor(QStringView hint) const;
    void offer(int product, double confidence, MatchReason reason);
    bool offerKeys(const std::vector<int> &keys,
                   double confidence,
                   MatchReason nameReason,
                   MatchReason aliasReason,
                   int vendor = -1);
    void matchExact();
    void matchVendorAndProduct(const NameWords &words, double confidence);
    void matchVendorHint();
    void matchVendorRest(int vendor, const NameWords &rest);
    void matchFuzzy(const NameWords &words);
    void matchOtherSegments();
    void applyVendorHint();
    bool foundAny(double atLeast) const;
    bool namesVendorWithSeveral(const NameMatchIndex::Key &key) const;

    const NameMatchIndex &m_index;
    FoldedName m_folded;
    ReducedName m_name;
    int m_hintVendor = -1;
    int m_namedVendor = -1; // the vendor the whole name is, when it is one
    QHash<int, Score> m_scores;
};

} // namespace sa
