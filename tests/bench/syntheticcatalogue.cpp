#include "syntheticcatalogue.h"

#include "domain/slug.h"
#include "io/cataloguecsv.h"
#include "syntheticwords.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace sa::bench {

namespace {

// SplitMix64: tiny, fast, and the same sequence on every compiler.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    quint64 m_state;
};

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Words a product of this subcategory may be named after: the words of the
// subcategory's name and of its capabilities' names ("Email", "Deliverability").
QStringList themeWords(const Category &sub, const std::vector<const Capability *> &caps)
{
    const auto stop = syntheticWords().stopWords;
    QStringList words;
    auto add = [&](const QString &text) {
        QString word;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i].isLetter() && text[i].unicode() < 128) {
                word.append(text[i]);
                continue;
            }
            const bool isStop = std::any_of(stop.begin(), stop.end(), [&](const char16_t *s) {
                return word.compare(QStringView(s), Qt::CaseInsensitive) == 0;
            });
            if (word.size() >= 2 && !isStop) {
                word[0] = word[0].toUpper();
                if (!words.contains(word))
                    words << word;
            }
            word.clear();
        }
    };
    add(sub.name);
    for (const Capability *c : caps)
        add(c->name);
    return words;
}

struct Subcategory
{
    const Category *category = nullptr;
    std::vector<const Capability *> capabilities;
    QStringList themes;
};

class Generator
{
public:
    Generator(const CatalogueContent &shipped, quint64 seed)
        : m_random(seed)
        , m_words(syntheticWords())
    {
        for (const Capability &c : shipped.capabilities)
            m_capabilities.push_back(&c);
        for (const Category &c : shipped.categories) {
            if (c.isTopLevel())
                continue;
            Subcategory sub{&c, {}, {}};
            for (const Capability &cap : shipped.capabilities) {
                if (cap.categorySlug == c.slug)
                    sub.capabilities.push_back(&cap);
            }
            sub.themes = themeWords(c, sub.capabilities);
            m_subcategories.push_back(std::move(sub));
        }
        for (const Vendor &v : shipped.vendors)
            m_vendorSlugs.insert(v.slug);
        for (const Product &p : shipped.products) {
            m_productSlugs.insert(p.slug);
            m_productNames.insert(p.name.toCaseFolded());
        }
    }

    SyntheticCatalogue run(int productCount)
    {
        SyntheticCatalogue out;
        makeVendors(std::max(1, productCount / 5), &out.vendors);
        out.products.reserve(size_t(productCount));
        const int vendorCount = int(out.vendors.size());
        for (int i = 0; i < productCount; ++i) {
            // Every vendor gets a product; the rest go mostly to the first vendors.
            const int v = i < vendorCount
                              ? i
                              : std::min(m_random.below(vendorCount), m_random.below(vendorCount));
            out.products.push_back(product(out.vendors[size_t(v)], m_shortNames[size_t(v)]));
        }
        return out;
    }

private:
    // Every prefix x root x form combination, shuffled, taken in order: unique names.
    void makeVendors(int count, std::vector<Vendor> *vendors)
    {
        struct Combo
        {
            int prefix, root, form;
        };
        std::vector<Combo> combos;
        for (int f = 0; f < int(m_words.vendorForms.size()); ++f)
            for (int p = 0; p < int(m_words.vendorPrefixes.size()); ++p)
                for (int r = 0; r < int(m_words.vendorRoots.size()); ++r)
                    combos.push_back({p, r, f});
        for (size_t i = combos.size() - 1; i > 0; --i)
            std::swap(combos[i], combos[size_t(m_random.below(int(i + 1)))]);
        for (const Combo &c : combos) {
            if (int(vendors->size()) == count)
                break;
            const QString shortName = str(m_words.vendorPrefixes[size_t(c.prefix)])
                                      + str(m_words.vendorRoots[size_t(c.root)]);
            Vendor v;
            v.name = shortName + str(m_words.vendorForms[size_t(c.form)]);
            v.slug = slugify(v.name);
            if (m_vendorSlugs.contains(v.slug))
                continue;
            m_vendorSlugs.insert(v.slug);
            v.website = u"https://www." + shortName.toLower() + u".com";
            vendors->push_back(v);
            m_shortNames.push_back(shortName);
        }
    }

    QString uniqueName(const QString &vendorShort, const Subcategory &sub)
    {
        QString name;
        for (int attempt = 0; attempt < 12; ++attempt) {
            name = vendorShort + u' ' + sub.themes[m_random.below(int(sub.themes.size()))] + u' '
                   + str(m_random.pick(m_words.productNouns))
                   + str(m_random.pick(m_words.editions));
            if (!m_productNames.contains(name.toCaseFolded()))
                break;
        }
        const QString base = name;
        for (int n = 2; m_productNames.contains(name.toCaseFolded()); ++n)
            name = base + u' ' + QString::number(n);
        m_productNames.insert(name.toCaseFolded());
        return name;
    }

    QString uniqueSlug(const QString &name)
    {
        const QString base = slugify(name);
        QString slug = base;
        for (int n = 2; m_productSlugs.contains(slug); ++n)
            slug = base + u'-' + QString::number(n);
        m_productSlugs.insert(slug);
        return slug;
    }

    std::vector<ProductCapability> capabilities(const Subcategory &sub)
    {
        const int count = 3 + m_random.below(6);
        std::vector<ProductCapability> caps;
        auto has = [&](const Capability *c) {
            return std::any_of(caps.begin(), caps.end(), [c](const ProductCapability &pc) {
                return pc.capabilitySlug == c->slug;
            });
        };
        const int own = std::min(int(sub.capabilities.size()), 1 + m_random.below(3));
        while (int(caps.size()) < count) {
            const bool fromOwn = int(caps.size()) < own;
            const auto &pool = fromOwn ? sub.capabilities : m_capabilities;
            const Capability *c = pool[size_t(m_random.below(int(pool.size())))];
            if (has(c))
                continue;
            ProductCapability pc;
            pc.capabilitySlug = c->slug;
            pc.capabilityName = c->name;
            pc.strength = caps.empty() ? 2 + m_random.below(2) : 1 + m_random.below(3);
            caps.push_back(pc);
        }
        return caps;
    }

    // About 20 words naming what the product does, from its capabilities.
    QString description(const Product &p, const Subcategory &sub)
    {
        auto capability = [&](size_t i) {
            return p.capabilities[i].capabilityName.toLower();
        };
        return sub.themes[m_random.below(int(sub.themes.size()))] + u' '
               + str(m_random.pick(m_words.productNouns)).toLower() + u" that helps "
               + str(m_random.pick(m_words.audiences)) + u" teams "
               + str(m_random.pick(m_words.verbs)) + u' ' + capability(0) + u", "
               + str(m_random.pick(m_words.verbs)) + u' ' + capability(1) + u" and "
               + str(m_random.pick(m_words.verbs)) + u' ' + capability(2) + u" across "
               + str(m_random.pick(m_words.reaches)) + u'.';
    }

    QStringList aliases(const QString &vendorShort, const Product &p)
    {
        QStringList out;
        if (m_random.percent(50))
            out << p.name.section(u' ', 0, 1); // "Brightwave Email"
        if (m_random.percent(35))              // a former name
            out << str(m_random.pick(m_words.vendorPrefixes))
                       + str(m_random.pick(m_words.vendorRoots)) + u' '
                       + p.name.section(u' ', 2, 2);
        if (m_random.percent(25))
            out << vendorShort.toLower() + (m_random.percent(50) ? u".io" : u".com");
        out.removeDuplicates();
        out.removeAll(p.name);
        return out;
    }

    void price(Product *p)
    {
        static const qint64 lows[] = {0,
                                      300,
                                      600,
                                      1'200,
                                      2'400,
                                      3'600,
                                      6'000,
                                      9'600,
                                      12'000,
                                      24'000,
                                      48'000,
                                      60'000,
                                      120'000};
        p->pricingModel = str(m_random.pick(m_words.pricingModels));
        p->price.asOf = QDate(2024 + m_random.below(2), 1 + m_random.below(12), 1);
        if (m_random.percent(25)) {
            p->price.basis = QStringLiteral("Vendor publishes no price; sold by quote");
            return;
        }
        p->price.low = lows[m_random.below(int(std::size(lows)))];
        p->price.high = p->price.low * (1 + m_random.below(5));
        p->price.basis = str(m_random.pick(m_words.priceBases));
    }

    Product product(const Vendor &vendor, const QString &vendorShort)
    {
        const Subcategory &sub
            = m_subcategories[size_t(m_random.below(int(m_subcategories.size())))];
        Product p;
        p.vendorSlug = vendor.slug;
        p.vendorName = vendor.name;
        p.categorySlug = sub.category->slug;
        p.name = uniqueName(vendorShort, sub);
        p.slug = uniqueSlug(p.name);
        p.capabilities = capabilities(sub);
        p.description = description(p, sub);
        p.aliases = aliases(vendorShort, p);
        const QStringList &segments = knownSegments();
        const int mask = 1 + m_random.below(7); // a non-empty subset, in display order
        for (qsizetype s = 0; s < segments.size(); ++s) {
            if (mask & (1 << s))
                p.segments << segments[s];
        }
        const int d = m_random.below(100);
        p.deployment = d < 80 ? QStringLiteral("cloud")
                              : (d < 92 ? QStringLiteral("hybrid") : QStringLiteral("on-premise"));
        price(&p);
        return p;
    }

    Random m_random;
    const SyntheticWords &m_words;
    std::vector<Subcategory> m_subcategories;
    std::vector<const Capability *> m_capabilities;
    std::vector<QString> m_shortNames; // per vendor: "Brightwave"
    QSet<QString> m_vendorSlugs;
    QSet<QString> m_productSlugs;
    QSet<QString> m_productNames; // case-folded
};

} // namespace

SyntheticCatalogue
syntheticCatalogue(const CatalogueContent &shipped, int productCount, quint64 seed)
{
    return Generator(shipped, seed).run(productCount);
}

QByteArray catalogueCsv(const SyntheticCatalogue &catalogue)
{
    CsvWriteOptions options;
    options.crlf = false; // sqlite3 .import reads either; LF is what Unix tools write
    return CatalogueCsv::write(catalogue.products, catalogue.vendors, options);
}

} // namespace sa::bench
