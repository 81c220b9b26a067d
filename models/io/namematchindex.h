#pragma once

#include "hashchains.h"
#include "namereducer.h"
#include "vendornames.h"

#include <span>
#include <vector>

namespace sa {

struct Product;

// Everything NameMatcher looks names up in, built in one pass over the products: three
// hash multimaps from folded names to keys (a key is a product's name or one of its
// aliases) for the exact, normalised and vendor-less levels; the products of each vendor;
// and a word index with a weight per word (rare words weigh more: "braze" tells more than
// "cloud") for fuzzy matching. Flat arrays throughout, so that building stays within a
// couple of allocations per product. Immutable once built; shared by copies of the matcher.
class NameMatchIndex
{
public:
    struct Key
    {
        int product = 0;
        bool isName = false;
        int firstWord = 0; // its core's word ids are wordIds()[firstWord, +wordCount)
        int wordCount = 0;
        int stemOffset = 0; // words of the core after a leading vendor name
        double weight = 0;  // sum of the word weights of the core
        double stemWeight = 0;
        bool vendorName = false; // its core is its vendor's name: "Optimizely"
        quint64 joined = 0;      // joinedHash of all its words
    };
    struct Entry
    {
        QString slug;
        int vendor = -1;
        int aliasCount = 0;
    };
    struct Vendor
    {
        std::vector<int> products;
    };

    explicit NameMatchIndex(const std::vector<Product> &products);

    const std::vector<Entry> &products() const { return m_products; }
    const std::vector<Vendor> &vendors() const { return m_vendors; }
    const std::vector<Key> &keys() const { return m_keys; }
    const VendorNames &vendorNames() const { return m_vendorNames; }
    const NameReducer &reducer() const { return m_reducer; }

    std::span<const int> words(const Key &key) const;
    bool isVendorName(const Key &key) const { return key.vendorName; }
    std::span<const int> stem(const Key &key) const;
    // The keys of a product are consecutive: [first, last).
    std::pair<int, int> keyRange(int product) const;

    // Keys whose words, all of them, are these (joinedHash, compactHash).
    std::vector<int> exact(quint64 joined, quint64 compact) const;
    // Keys whose words or core words run together are these (compactHash).
    std::vector<int> normal(quint64 compact) const { return m_normal.values(compact); }
    // Keys whose core starts with the vendor's name and without it is this (compactHash):
    // "analytics" is a stem of Adobe Analytics. Other keys' stems are their cores: normal().
    std::vector<int> stems(quint64 compact) const { return m_stems.values(compact); }

    int wordId(quint64 hash) const { return m_wordIds.value(hash); }
    // A known word within one edit of an unknown one (two from twelve letters), or -1.
    int nearWordId(QStringView word) const;
    double wordWeight(int id) const { return id >= 0 ? m_wordWeights[size_t(id)] : m_rareWeight; }
    double rareWordWeight() const { return m_rareWeight; } // of a word only one product has
    std::span<const int> keysWithWord(int id) const;

private:
    void addVendorName(const QString &name, int vendor);
    struct PendingKey // folded and hashed, not yet in the tables
    {
        int product = -1;
        bool isName = false;
        FoldedName name;
        NameWords core;
        quint64 joined = 0, compactAll = 0, compactCore = 0;
    };
    void prepareKey(PendingKey &key, int product, const QString &text, bool isName);
    void addKey(const PendingKey &key);
    QStringView word(int id) const;
    int internWord(const NameToken &word);
    void finish();

    std::vector<Entry> m_products;
    std::vector<Vendor> m_vendors;
    std::vector<Key> m_keys;
    std::vector<int> m_firstKey; // per product, and one past the last
    std::vector<int> m_keyWords;
    VendorNames m_vendorNames;
    NameReducer m_reducer;
    HashChains m_normal;
    HashChains m_stems;
    FlatHashMap m_wordIds;
    QString m_wordText;           // every word once, for finding misspelt ones
    std::vector<int> m_wordStart; // word w is m_wordText[start[w], start[w + 1])
    FoldedName m_scratchName;     // reused while building
    NameWords m_scratchCore;
    PendingKey m_pending[2];         // one being prepared while the other is added
    std::vector<int> m_wordKeyStart; // keys with word w: m_wordKeys[start[w], start[w + 1])
    std::vector<int> m_wordKeys;
    std::vector<double> m_wordWeights;
    double m_rareWeight = 1; // of a word no product has: as telling as a word only one has
};

} // namespace sa
