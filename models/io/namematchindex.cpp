#include "namematchindex.h"

#include "domain/product.h"

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

// Levenshtein distance, or limit + 1 as soon as it must exceed limit.
int boundedDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    if (n >= 64 || m >= 64)
        return limit + 1;
    int prev[64], cur[64];
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitution = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitution});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::copy(cur, cur + m + 1, prev);
    }
    return prev[m];
}

} // namespace

NameMatchIndex::NameMatchIndex(const std::vector<Product> &products)
    : m_reducer(m_vendorNames)
{
    FlatHashMap vendorByName; // by the hash of the name as written
    vendorByName.reserve(products.size() / 2);
    m_vendorNames.reserve(products.size());
    m_products.reserve(products.size());
    for (const Product &p : products) {
        // Without a name (a folder read, not a store), the slug still tells vendors apart.
        const QString &vendorName = p.vendorName.isEmpty() ? p.vendorSlug : p.vendorName;
        int vendor = -1;
        if (!QStringView(vendorName).trimmed().isEmpty()) {
            int &known = vendorByName.slot(wordHash(vendorName), -1);
            if (known < 0) {
                known = int(m_vendors.size());
                m_vendors.emplace_back();
                addVendorName(vendorName, known);
            }
            vendor = known;
        }
        if (vendor >= 0)
            m_vendors[size_t(vendor)].products.push_back(int(m_products.size()));
        m_products.push_back({p.slug, vendor, int(p.aliases.size())});
    }
    size_t keyCount = products.size();
    for (const Product &p : products)
        keyCount += size_t(p.aliases.size());
    m_keys.reserve(keyCount);
    m_keyWords.reserve(keyCount * 3);
    m_normal.reserve(keyCount * 2);
    m_stems.reserve(keyCount);
    m_wordIds.reserve(keyCount);
    m_wordStart.reserve(keyCount + 1);
    m_wordStart.push_back(0);
    // Each key is folded and hashed one step ahead of being added, with its table slots
    // prefetched meanwhile: adding is memory-bound, folding is not.
    m_firstKey.assign(products.size() + 1, 0);
    int step = 0;
    auto advance = [&](int product, const QString &text, bool isName) {
        PendingKey &next = m_pending[step % 2];
        prepareKey(next, product, text, isName);
        const PendingKey &previous = m_pending[(step + 1) % 2];
        if (step > 0 && previous.product >= 0)
            addKey(previous);
        ++step;
    };
    for (size_t i = 0; i < products.size(); ++i) {
        advance(int(i), products[i].name, true);
        for (const QString &alias : products[i].aliases)
            advance(int(i), alias, false);
    }
    advance(-1, QString(), false);
    for (size_t i = 0, k = 0; i < products.size(); ++i) { // keys were added product by product
        m_firstKey[i] = int(k);
        while (k < m_keys.size() && m_keys[k].product == int(i))
            ++k;
        m_firstKey[i + 1] = int(k);
    }
    finish();
}

void NameMatchIndex::addVendorName(const QString &name, int vendor)
{
    m_scratchName.assign(name);
    NameWords &outside = m_scratchCore;
    outside.clear();
    for (const NameToken &t : m_scratchName.words()) {
        if (!t.bracketed)
            outside.push_back(t);
    }
    m_vendorNames.add(outside, vendor); // "Snap Inc", "Text"
    const quint64 outsideHash = joinedHash(outside);
    m_reducer.core(m_scratchName, m_scratchCore);
    if (joinedHash(m_scratchCore) != outsideHash)
        m_vendorNames.add(m_scratchCore, vendor); // "Snap"
}

int NameMatchIndex::internWord(const NameToken &word)
{
    int &id = m_wordIds.slot(word.hash, -1);
    if (id < 0) {
        id = int(m_wordStart.size()) - 1;
        m_wordText += word.text;
        m_wordStart.push_back(int(m_wordText.size()));
    }
    return id;
}

QStringView NameMatchIndex::word(int id) const
{
    const auto from = m_wordStart[size_t(id)], to = m_wordStart[size_t(id) + 1];
    return QStringView(m_wordText).mid(from, to - from);
}

void NameMatchIndex::prepareKey(PendingKey &key, int product, const QString &text, bool isName)
{
    key.product = -1;
    if (product < 0)
        return;
    key.name.assign(text);
    const NameWords &all = key.name.words();
    if (all.empty())
        return;
    key.product = product;
    key.isName = isName;
    m_reducer.core(key.name, key.core);
    key.joined = joinedHash(all);
    key.compactAll = compactHash(all);
    // The core is usually the whole name: its hash is known then.
    const bool coreIsAll = key.core.size() == all.size() && joinedHash(key.core) == key.joined;
    key.compactCore = coreIsAll ? key.compactAll : compactHash(key.core);
    m_normal.prefetch(key.compactAll);
    m_normal.prefetch(key.compactCore);
    for (const NameToken &w : key.core)
        m_wordIds.prefetch(w.hash);
}

void NameMatchIndex::addKey(const PendingKey &pending)
{
    const NameWords &core = pending.core;
    const int id = int(m_keys.size());
    Key key;
    key.product = pending.product;
    key.isName = pending.isName;
    key.joined = pending.joined;
    key.firstWord = int(m_keyWords.size());
    key.wordCount = int(core.size());
    for (const NameToken &w : core)
        m_keyWords.push_back(internWord(w));
    int vendor = -1;
    const int vendorWords = m_vendorNames.prefixLength(core, 0, &vendor);
    if (vendorWords > 0 && vendor == m_products[size_t(key.product)].vendor) {
        if (size_t(vendorWords) < core.size())
            key.stemOffset = vendorWords;
        else
            key.vendorName = true;
    }
    m_keys.push_back(key);

    m_normal.add(pending.compactAll, id);
    if (pending.compactCore != pending.compactAll)
        m_normal.add(pending.compactCore, id);
    if (key.stemOffset) // otherwise the stem is the core, which normal() finds
        m_stems.add(compactHash(core, size_t(key.stemOffset)), id);
}

void NameMatchIndex::finish()
{
    // Weight of a word: inverse frequency over products, so that a vendor's name shared by
    // fifteen products tells less than a brand used by one.
    const size_t wordCount = m_wordStart.size() - 1;
    std::vector<int> productCount(wordCount, 0), lastProduct(wordCount, -1), lastKey(wordCount, -1);
    m_wordKeyStart.assign(wordCount + 1, 0);
    for (size_t k = 0; k < m_keys.size(); ++k) {
        for (const int w : words(m_keys[k])) {
            if (lastKey[size_t(w)] != int(k)) {
                lastKey[size_t(w)] = int(k);
                ++m_wordKeyStart[size_t(w) + 1];
            }
            if (lastProduct[size_t(w)] != m_keys[k].product) {
                lastProduct[size_t(w)] = m_keys[k].product;
                ++productCount[size_t(w)];
            }
        }
    }
    for (size_t w = 0; w < wordCount; ++w)
        m_wordKeyStart[w + 1] += m_wordKeyStart[w];
    m_wordKeys.resize(size_t(m_wordKeyStart[wordCount]));
    std::vector<int> fill(m_wordKeyStart.begin(), m_wordKeyStart.end() - 1);
    std::fill(lastKey.begin(), lastKey.end(), -1);
    for (size_t k = 0; k < m_keys.size(); ++k) {
        for (const int w : words(m_keys[k])) {
            if (lastKey[size_t(w)] != int(k)) {
                lastKey[size_t(w)] = int(k);
                m_wordKeys[size_t(fill[size_t(w)]++)] = int(k);
            }
        }
    }

    const double n = double(std::max<size_t>(m_products.size(), 1));
    m_wordWeights.resize(wordCount);
    for (size_t w = 0; w < wordCount; ++w)
        m_wordWeights[w] = std::log(1.0 + n / double(std::max(productCount[w], 1)));
    m_rareWeight = std::log(1.0 + n);
    for (Key &key : m_keys) {
        const std::span<const int> all = words(key);
        for (size_t i = 0; i < all.size(); ++i) {
            key.weight += m_wordWeights[size_t(all[i])];
            if (int(i) >= key.stemOffset)
                key.stemWeight += m_wordWeights[size_t(all[i])];
        }
    }
}

std::span<const int> NameMatchIndex::words(const Key &key) const
{
    return std::span<const int>(m_keyWords).subspan(size_t(key.firstWord), size_t(key.wordCount));
}

std::span<const int> NameMatchIndex::stem(const Key &key) const
{
    return words(key).subspan(size_t(key.stemOffset));
}

std::vector<int> NameMatchIndex::exact(quint64 joined, quint64 compact) const
{
    std::vector<int> keys = m_normal.values(compact);
    keys.erase(std::remove_if(keys.begin(),
                              keys.end(),
                              [&](int k) { return m_keys[size_t(k)].joined != joined; }),
               keys.end());
    return keys;
}

std::pair<int, int> NameMatchIndex::keyRange(int product) const
{
    return {m_firstKey[size_t(product)], m_firstKey[size_t(product) + 1]};
}

std::span<const int> NameMatchIndex::keysWithWord(int id) const
{
    const auto from = size_t(m_wordKeyStart[size_t(id)]),
               to = size_t(m_wordKeyStart[size_t(id) + 1]);
    return std::span<const int>(m_wordKeys).subspan(from, to - from);
}

int NameMatchIndex::nearWordId(QStringView word) const
{
    // Only words long enough for a typo to be told from another word.
    if (word.size() < 5 || word.front().isDigit())
        return -1;
    const int limit = word.size() >= 12 ? 2 : 1;
    int best = -1, bestDistance = limit + 1;
    for (size_t i = 0; i + 1 < m_wordStart.size(); ++i) {
        const QStringView candidate = this->word(int(i));
        if (std::abs(int(candidate.size() - word.size())) > limit
            || candidate.front() != word.front())
            continue;
        if (const int d = boundedDistance(word, candidate, limit); d < bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

} // namespace sa
