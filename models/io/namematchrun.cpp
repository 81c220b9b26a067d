#include "namematchrun.h"

#include "namematcher.h"
#include "namematchindex.h"

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

// Confidence by level of evidence, strongest first.
constexpr double ExactNameConfidence = 1.0;
constexpr double ExactAliasConfidence = 0.97;
constexpr double CompactConfidence = 0.95;       // same letters, other spacing: "Mail Chimp"
constexpr double VendorHintConfidence = 0.95;    // "Analytics" with vendor hint "Adobe"
constexpr double CoreConfidence = 0.93;          // "HubSpot Marketing Pro (team)"
constexpr double VendorProductConfidence = 0.92; // "Atlassian Jira"
constexpr double ChannelConfidence = 0.9;        // "Braze Web Mode", "Jira Cloud"
// An alias that is also the name of a vendor with several products ("Optimizely"): the
// catalogue says which product it means, but only just.
constexpr double VendorNamedAliasConfidence = 0.9;
constexpr double AmbiguousConfidence = 0.8;     // one key, several products
constexpr double OtherSegmentConfidence = 0.85; // found only in a note or after " - "
constexpr double FuzzyCeiling = 0.85;
constexpr double SameWordsConfidence = 0.8;
constexpr double TypoFactor = 0.7;             // "Salesforse": could be another word
constexpr double UnexplainedRestFactor = 0.75; // vendor name plus words naming nothing
constexpr double HintRaise = 0.05;
constexpr double HintGuessCeiling = 0.89; // a hint never turns a guess into a match
constexpr double OtherVendorFactor = 0.9; // the hint names another vendor

// A bare vendor name: offered for the user to choose among the vendor's products, with
// less confidence the more products there are.
double vendorOnlyConfidence(size_t products)
{
    if (products <= 1)
        return 0.8;
    return std::max(0.6, 0.75 - 0.01 * double(products - 2));
}

int rank(MatchReason r)
{
    return int(r);
}

NameWords slice(const NameWords &words, size_t from, size_t count)
{
    return NameWords(words.begin() + qsizetype(from), words.begin() + qsizetype(from + count));
}

} // namespace

NameMatchRun::NameMatchRun(const NameMatchIndex &index, QStringView name, QStringView vendorHint)
    : m_index(index)
    , m_folded(name)
{
    m_name = index.reducer().reduce(m_folded);
    if (m_name.all.empty())
        return;
    m_hintVendor = vendorHint.trimmed().isEmpty() ? -1 : resolveVendor(vendorHint);
    m_namedVendor = index.vendorNames().find(m_name.bare);
    if (m_namedVendor < 0)
        m_namedVendor = index.vendorNames().find(m_name.relaxed);

    // Weaker evidence is looked for only while stronger evidence has not settled the name.
    matchExact();
    matchVendorAndProduct(m_name.bare, VendorProductConfidence);
    const bool relaxed = joinedHash(m_name.relaxed) != joinedHash(m_name.bare);
    if (relaxed && !foundAny(NameMatcher::AcceptThreshold))
        matchVendorAndProduct(m_name.relaxed, ChannelConfidence);
    matchVendorHint();
    if (m_namedVendor < 0) { // a bare vendor name shares a word with all its products
        matchFuzzy(m_name.bare);
        if (relaxed && !foundAny(NameMatcher::AcceptThreshold))
            matchFuzzy(m_name.relaxed);
    }
    if (!foundAny(NameMatcher::AcceptThreshold))
        matchOtherSegments();
    applyVendorHint();
}

int NameMatchRun::resolveVendor(QStringView hint) const
{
    const FoldedName folded(hint);
    const ReducedName h = m_index.reducer().reduce(folded);
    for (const NameWords *words : {&h.bare, &h.core, &h.relaxed}) {
        if (const int v = m_index.vendorNames().find(*words); v >= 0)
            return v;
    }
    int vendor = -1;
    if (m_index.vendorNames().prefixLength(h.bare, 0, &vendor) > 0)
        return vendor; // "Zoom Video Communications"
    // A product named in the vendor column stands for its vendor.
    for (const int k : m_index.normal(compactHash(h.core))) {
        const int v = m_index.products()[size_t(m_index.keys()[size_t(k)].product)].vendor;
        if (vendor >= 0 && v != vendor)
            return -1;
        vendor = v;
    }
    return vendor;
}

void NameMatchRun::offer(int product, double confidence, MatchReason reason)
{
    Score &s = m_scores[product];
    if (confidence > s.confidence || (confidence == s.confidence && rank(reason) < rank(s.reason)))
        s = {confidence, reason};
}

bool NameMatchRun::offerKeys(const std::vector<int> &keys,
                             double confidence,
                             MatchReason nameReason,
                             MatchReason aliasReason,
                             int vendor)
{
    std::vector<std::pair<int, bool>> hits; // product, by its name
    for (const int k : keys) {
        const NameMatchIndex::Key &key = m_index.keys()[size_t(k)];
        if (vendor >= 0 && m_index.products()[size_t(key.product)].vendor != vendor)
            continue;
        const auto it = std::find_if(
            hits.begin(), hits.end(), [&](const auto &h) { return h.first == key.product; });
        if (it == hits.end())
            hits.emplace_back(key.product, key.isName);
        else
            it->second = it->second || key.isName;
    }
    const bool ambiguous = hits.size() > 1;
    const bool vendorWithSeveral
        = m_namedVendor >= 0 && m_index.vendors()[size_t(m_namedVendor)].products.size() > 1;
    for (const auto &[product, byName] : hits) {
        double c
            = byName && nameReason == MatchReason::ExactName ? ExactNameConfidence : confidence;
        if (ambiguous)
            c = std::min(c, AmbiguousConfidence);
        if (!byName && vendorWithSeveral)
            c = std::min(c, VendorNamedAliasConfidence);
        offer(product, c, byName ? nameReason : aliasReason);
    }
    return !hits.empty();
}

void NameMatchRun::matchExact()
{
    offerKeys(m_index.exact(joinedHash(m_name.all), compactHash(m_name.all)),
              ExactAliasConfidence,
              MatchReason::ExactName,
              MatchReason::ExactAlias);
    const quint64 all = compactHash(m_name.all), core = compactHash(m_name.core),
                  bare = compactHash(m_name.bare), relaxed = compactHash(m_name.relaxed);
    offerKeys(
        m_index.normal(all), CompactConfidence, MatchReason::Normalised, MatchReason::Normalised);
    if (core != all)
        offerKeys(
            m_index.normal(core), CoreConfidence, MatchReason::Normalised, MatchReason::Normalised);
    if (bare != core)
        offerKeys(
            m_index.normal(bare), CoreConfidence, MatchReason::Normalised, MatchReason::Normalised);
    if (relaxed != bare)
        offerKeys(m_index.normal(relaxed),
                  ChannelConfidence,
                  MatchReason::Normalised,
                  MatchReason::Normalised);
}

void NameMatchRun::matchVendorAndProduct(const NameWords &words, double confidence)
{
    const VendorNames &vendors = m_index.vendorNames();
    if (m_namedVendor >= 0 && vendors.find(words) == m_namedVendor) {
        const auto &products = m_index.vendors()[size_t(m_namedVendor)].products;
        for (const int p : products)
            offer(p, vendorOnlyConfidence(products.size()), MatchReason::VendorOnly);
        return;
    }
    int vendor = -1;
    NameWords rest;
    if (const int n = vendors.prefixLength(words, 0, &vendor); n > 0 && size_t(n) < words.size())
        rest = slice(words, size_t(n), words.size() - size_t(n)); // "Atlassian Jira"
    else if (const int m = vendors.suffixLength(words, &vendor); m > 0 && size_t(m) < words.size())
        rest = slice(words, 0, words.size() - size_t(m)); // "Jira Atlassian"
    if (rest.empty())
        return;
    const quint64 compact = compactHash(rest);
    const bool byStem = offerKeys(m_index.stems(compact),
                                  confidence,
                                  MatchReason::VendorProduct,
                                  MatchReason::VendorProduct,
                                  vendor);
    const bool byName = offerKeys(m_index.normal(compact),
                                  confidence,
                                  MatchReason::VendorProduct,
                                  MatchReason::VendorProduct,
                                  vendor);
    if (!byStem && !byName && !foundAny(NameMatcher::AcceptThreshold))
        matchVendorRest(vendor, rest);
}

void NameMatchRun::matchVendorHint()
{
    if (m_hintVendor < 0)
        return;
    const double levels[] = {VendorHintConfidence, ChannelConfidence};
    const NameWords *forms[] = {&m_name.bare, &m_name.relaxed};
    for (int i = 0; i < 2; ++i) {
        const quint64 compact = compactHash(*forms[i]);
        offerKeys(m_index.stems(compact),
                  levels[i],
                  MatchReason::VendorProduct,
                  MatchReason::VendorProduct,
                  m_hintVendor);
        offerKeys(m_index.normal(compact),
                  levels[i],
                  MatchReason::VendorProduct,
                  MatchReason::VendorProduct,
                  m_hintVendor);
    }
    if (!foundAny(NameMatcher::SuggestThreshold))
        matchVendorRest(m_hintVendor, m_name.bare);
}

// A vendor's name followed by words that name none of its products exactly: every
// product of the vendor, those sharing words with the rest first.
void NameMatchRun::matchVendorRest(int vendor, const NameWords &rest)
{
    const auto &products = m_index.vendors()[size_t(vendor)].products;
    const double base = vendorOnlyConfidence(products.size()) * UnexplainedRestFactor;
    std::vector<int> restIds;
    double restWeight = 0;
    for (const NameToken &w : rest) {
        const int id = m_index.wordId(w.hash);
        restIds.push_back(id);
        restWeight += m_index.wordWeight(id);
    }
    for (const int p : products) {
        double best = 0;
        const auto [first, last] = m_index.keyRange(p);
        for (int k = first; k < last; ++k) {
            const NameMatchIndex::Key &key = m_index.keys()[size_t(k)];
            const std::span<const int> stem = m_index.stem(key);
            double shared = 0;
            for (const int id : restIds) {
                if (id >= 0 && std::find(stem.begin(), stem.end(), id) != stem.end())
                    shared += m_index.wordWeight(id);
            }
            if (key.stemWeight + restWeight > 0)
                best = std::max(best, 2 * shared / (key.stemWeight + restWeight));
        }
        offer(p,
              base + (FuzzyCeiling - base) * best,
              best > 0 ? MatchReason::Fuzzy : MatchReason::VendorOnly);
    }
}

// Products sharing words with the name, scored by the weight of what they share: a
// product name inside the name ("Braze Cohorts"), the name inside a product name
// ("Facebook" in "Facebook Ads"), or an overlap; a misspelt word counts as its neighbour.
void NameMatchRun::matchFuzzy(const NameWords &words)
{
    struct Word
    {
        int id;
        double weight;
        bool typo;
    };
    std::vector<Word> query;
    double queryWeight = 0;
    for (const NameToken &w : words) {
        int id = m_index.wordId(w.hash);
        bool typo = false;
        if (id < 0) {
            id = m_index.nearWordId(w.text);
            typo = id >= 0;
        }
        if (id >= 0
            && std::any_of(query.begin(), query.end(), [&](const Word &q) { return q.id == id; }))
            continue;
        query.push_back({id, m_index.wordWeight(id), typo});
        queryWeight += query.back().weight;
    }
    struct Hit
    {
        double shared = 0;
        int words = 0;
        bool typo = false;
        bool leading = false; // the key's first word is the name's first word
    };
    QHash<int, Hit> hits;
    for (size_t i = 0; i < query.size(); ++i) {
        const Word &q = query[i];
        if (q.id < 0)
            continue;
        for (const int k : m_index.keysWithWord(q.id)) {
            Hit &h = hits[k];
            h.shared += q.weight;
            ++h.words;
            h.typo = h.typo || q.typo;
            if (i == 0 && m_index.words(m_index.keys()[size_t(k)]).front() == q.id)
                h.leading = true;
        }
    }
    for (auto it = hits.constBegin(); it != hits.constEnd(); ++it) {
        const NameMatchIndex::Key &key = m_index.keys()[size_t(it.key())];
        const Hit &h = it.value();
        const bool keyCovered = h.words == key.wordCount;
        const bool nameCovered = size_t(h.words) == query.size();
        double c;
        if (keyCovered && nameCovered)
            c = SameWordsConfidence; // in another order, or misspelt
        else if (keyCovered && (key.weight < 0.7 * m_index.rareWordWeight() && key.wordCount == 1))
            c = 0.3; // a single common word inside a name proves nothing
        else if (keyCovered && namesVendorWithSeveral(key))
            c = 0.5; // "Optimizely Full Stack": the vendor's name, not a product's
        else if (keyCovered)
            c = 0.4 + 0.4 * key.weight / queryWeight + (h.leading ? 0.1 : 0.0);
        else if (nameCovered)
            c = 0.4 + 0.4 * queryWeight / key.weight;
        else
            c = 0.25 + 0.5 * 2 * h.shared / (queryWeight + key.weight);
        if (h.typo)
            c *= TypoFactor;
        offer(key.product, std::min(c, FuzzyCeiling), MatchReason::Fuzzy);
    }
}

// Whether a key's words are the name of a vendor with several products ("Optimizely").
bool NameMatchRun::namesVendorWithSeveral(const NameMatchIndex::Key &key) const
{
    const int vendor = m_index.products()[size_t(key.product)].vendor;
    return vendor >= 0 && m_index.vendors()[size_t(vendor)].products.size() > 1
           && key.stemOffset == 0 && m_index.isVendorName(key);
}

void NameMatchRun::matchOtherSegments()
{
    for (const NameWords &words : m_name.others) {
        offerKeys(m_index.normal(compactHash(words)),
                  OtherSegmentConfidence,
                  MatchReason::Normalised,
                  MatchReason::Normalised);
    }
}

void NameMatchRun::applyVendorHint()
{
    if (m_hintVendor < 0)
        return;
    for (auto it = m_scores.begin(); it != m_scores.end(); ++it) {
        Score &s = it.value();
        if (m_index.products()[size_t(it.key())].vendor == m_hintVendor) {
            const double ceiling
                = rank(s.reason) <= rank(MatchReason::VendorProduct) ? 1.0 : HintGuessCeiling;
            s.confidence = std::max(s.confidence, std::min(ceiling, s.confidence + HintRaise));
        } else {
            s.confidence *= OtherVendorFactor;
        }
    }
}

bool NameMatchRun::foundAny(double atLeast) const
{
    return std::any_of(m_scores.cbegin(), m_scores.cend(), [&](const Score &s) {
        return s.confidence >= atLeast;
    });
}

std::vector<MatchCandidate> NameMatchRun::candidates(int maxCandidates, double minConfidence) const
{
    struct Ranked
    {
        int product;
        Score score;
    };
    std::vector<Ranked> ranked;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it.value().confidence >= minConfidence)
            ranked.push_back({it.key(), it.value()});
    }
    const auto &products = m_index.products();
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
        if (a.score.confidence != b.score.confidence)
            return a.score.confidence > b.score.confidence;
        if (a.score.reason != b.score.reason)
            return rank(a.score.reason) < rank(b.score.reason);
        const auto &pa = products[size_t(a.product)], &pb = products[size_t(b.product)];
        if (pa.aliasCount != pb.aliasCount)
            return pa.aliasCount > pb.aliasCount; // better known products have more names
        return pa.slug < pb.slug;
    });
    std::vector<MatchCandidate> out;
    for (const Ranked &r : ranked) {
        if (int(out.size()) >= maxCandidates)
            break;
        const double rounded = std::round(r.score.confidence * 1000.0) / 1000.0;
        out.push_back(
            {products[size_t(r.product)].slug, std::clamp(rounded, 0.0, 1.0), r.score.reason});
    }
    return out;
}

} // namespace sa
