#include "cataloguecsvrow.h"

#include "cataloguecsvlookup.h"
#include "cataloguecsvvalues.h"
#include "csvtable.h"
#include "csvwriter.h"
#include "domain/slug.h"
#include "recordfile.h"

#include <algorithm>

namespace sa {

namespace {

// slugify() for ASCII text, where its Unicode normalisation changes nothing, without its
// string per character: the same words several times faster. False (out unspecified) for
// text with other characters or without a letter or digit: ask slugify() then.
bool asciiSlug(QStringView text, QString *out)
{
    // Each character adds at most "-plus" (5); writes into a buffer sized for that.
    out->resize(text.size() * 5);
    char16_t *begin = reinterpret_cast<char16_t *>(out->data());
    char16_t *d = begin;
    bool pendingDash = false;
    const auto put = [&](const char16_t *word, int length) {
        if (pendingDash && d != begin)
            *d++ = u'-';
        pendingDash = false;
        for (int i = 0; i < length; ++i)
            *d++ = word[i];
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 128)
            return false;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            put(&c, 1);
        } else if (c >= u'A' && c <= u'Z') {
            const char16_t lower = c + 32;
            put(&lower, 1);
        } else if (c == u'&' || c == u'+') {
            pendingDash = true;
            put(c == u'&' ? u"and" : u"plus", c == u'&' ? 3 : 4);
            pendingDash = true;
        } else if (c != u'\'') {
            pendingDash = true;
        }
    }
    out->truncate(d - begin);
    return d != begin;
}

} // namespace

CatalogueCsvRow::CatalogueCsvRow(const CsvTable &table,
                                 const CatalogueCsvColumns &columns,
                                 const CatalogueCsvLookup &lookup,
                                 CatalogueCsvMessages *messages)
    : m_table(table)
    , m_columns(columns)
    , m_lookup(lookup)
    , m_messages(messages)
{
}

QStringView CatalogueCsvRow::text(int row, Field field) const
{
    const int column = m_columns.column(field);
    if (column < 0)
        return {};
    return CatalogueCsvValues::trimmed(
        CsvWriter::withoutFormulaGuard(CatalogueCsvValues::trimmed(m_table.cell(row, column))));
}

QString CatalogueCsvRow::where(int row, Field field, QStringView part) const
{
    const int column = m_columns.column(field);
    const QStringView cell = m_table.cell(row, column);
    if (part.isNull() || cell.isNull())
        return m_table.location(m_table.position(row, column));
    return m_table.location(m_table.position(row, column, part.data() - cell.data()));
}

template<typename Fn>
void CatalogueCsvRow::forEachItem(int row, Field field, QStringView separators, Fn fn) const
{
    const QStringView cell = text(row, field);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && std::none_of(separators.begin(), separators.end(), [&](QChar s) {
                return s == cell[i];
            }))
            continue;
        const QStringView item = CatalogueCsvValues::trimmed(cell.sliced(start, i - start));
        if (!item.isEmpty())
            fn(item);
        start = i + 1;
    }
}

QString CatalogueCsvRow::validSlug(int row, Field field, QStringView given) const
{
    if (isValidSlug(given))
        return given.toString();
    const QString fixed = slugify(given.toString());
    m_messages->warning(where(row, field),
                        u"'" + given
                            + u"' is not a valid slug (lower-case letters, "
                              u"digits and single dashes); using '"
                            + fixed + u"'");
    return fixed;
}

QString CatalogueCsvRow::interned(QStringView text) const
{
    const auto it = m_strings.constFind(QString::fromRawData(text.data(), text.size()));
    return it != m_strings.constEnd() ? *it : *m_strings.insert(text.toString());
}

Product CatalogueCsvRow::convert(int row, QStringView *website) const
{
    Product p;
    const QStringView name = text(row, Field::Name);
    if (name.isEmpty())
        m_messages->error(where(row, Field::Name), QStringLiteral("the product name is empty"));
    p.name = name.toString();

    const QStringView vendor = text(row, Field::Vendor);
    const QStringView vendorSlug = text(row, Field::VendorSlug);
    // Vendors repeat on many rows: one string and one slugify() per vendor.
    auto vendorWords = m_vendorSlugs.constFind(QString::fromRawData(vendor.data(), vendor.size()));
    if (vendorWords == m_vendorSlugs.constEnd()) {
        p.vendorName = vendor.toString();
        QString words;
        const bool ascii = asciiSlug(p.vendorName, &words);
        vendorWords
            = m_vendorSlugs.insert(p.vendorName, {ascii ? words : slugify(p.vendorName), ascii});
    } else {
        p.vendorName = vendorWords.key();
    }
    p.vendorSlug = !vendorSlug.isEmpty() ? validSlug(row, Field::VendorSlug, vendorSlug)
                                         : vendorWords->first;

    const QStringView slug = text(row, Field::Slug);
    if (!slug.isEmpty()) {
        p.slug = validSlug(row, Field::Slug, slug);
    } else if (!name.isEmpty()) {
        // slugify(name), or slugify(vendor + " " + name) unless the name starts with the vendor.
        QString nameWords;
        const bool nameAscii = asciiSlug(p.name, &nameWords);
        if (!nameAscii)
            nameWords = slugify(p.name);
        const QString &v = vendorWords->first;
        if (v.isEmpty() || nameWords == v
            || (nameWords.startsWith(v) && nameWords.size() > v.size()
                && nameWords[v.size()] == u'-'))
            p.slug = nameWords;
        else if (nameAscii && vendorWords->second)
            p.slug = v + u'-' + nameWords;
        else
            p.slug = slugify(p.vendorName + u' ' + p.name);
    }

    if (const QStringView category = text(row, Field::Category); !category.isEmpty()) {
        if (const Category *c = m_lookup.category(category)) {
            p.categoryId = c->id;
            p.categorySlug = c->slug;
        } else {
            m_messages->warning(where(row, Field::Category),
                                u"unknown category '" + category
                                    + u"'; imported without a category");
        }
    }
    p.description = text(row, Field::Description).toString();
    *website = text(row, Field::Website);

    forEachItem(row, Field::Aliases, u"|", [&](QStringView alias) {
        if (alias.compare(p.name, Qt::CaseInsensitive) != 0
            && !p.aliases.contains(alias, Qt::CaseInsensitive))
            p.aliases << alias.toString();
    });
    readCapabilities(row, &p);
    forEachItem(row, Field::Segments, u"|,", [&](QStringView item) {
        if (const std::optional<QString> s = CatalogueCsvValues::segment(item)) {
            if (!p.segments.contains(*s))
                p.segments << *s;
        } else {
            m_messages->warning(where(row, Field::Segments, item),
                                u"unknown segment '" + item
                                    + u"' (expected smb, mid-market or enterprise); ignored");
        }
    });
    if (const QStringView d = text(row, Field::Deployment); !d.isEmpty()) {
        if (const std::optional<QString> key = CatalogueCsvValues::deployment(d))
            p.deployment = *key;
        else
            m_messages->warning(where(row, Field::Deployment),
                                u"unknown deployment '" + d
                                    + u"' (expected cloud, on-premise or hybrid); ignored");
    }
    p.pricingModel = interned(text(row, Field::PricingModel));
    readPrice(row, &p);
    return p;
}

void CatalogueCsvRow::readCapabilities(int row, Product *p) const
{
    const QStringView cell = text(row, Field::Capabilities);
    if (cell.isEmpty())
        return;
    p->capabilities.reserve(size_t(cell.count(u'|') + cell.count(u';') + 1));
    forEachItem(row, Field::Capabilities, u"|;", [&](QStringView item) {
        // "name" or "name:strength"; a capability whose name contains ':' still reads whole.
        QStringView capName = item;
        int strength = 2;
        const Capability *cap = nullptr;
        qsizetype colon = item.size() - 1;
        while (colon >= 0 && item[colon] != u':')
            --colon;
        if (colon >= 0) {
            const QStringView strengthText = CatalogueCsvValues::trimmed(item.sliced(colon + 1));
            const std::optional<int> s = CatalogueCsvValues::strength(strengthText);
            if (s) {
                capName = CatalogueCsvValues::trimmed(item.first(colon));
                strength = *s;
                cap = m_lookup.capability(capName);
            }
            if (!cap && (cap = m_lookup.capability(item))) {
                capName = item;
                strength = 2;
            }
            if (!cap && !s) {
                m_messages->error(
                    where(row, Field::Capabilities, strengthText.isEmpty() ? item : strengthText),
                    u"capability strength must be 1, 2 or 3, not '" + strengthText + u"'");
                return;
            }
        } else {
            cap = m_lookup.capability(item);
        }
        if (!cap) {
            m_messages->warning(where(row, Field::Capabilities, item),
                                u"unknown capability '" + capName + u"'; ignored");
            return;
        }
        for (const ProductCapability &existing : p->capabilities) {
            if (existing.capabilitySlug == cap->slug) {
                m_messages->warning(where(row, Field::Capabilities, item),
                                    u"capability '" + cap->slug
                                        + u"' is listed twice; the first is kept");
                return;
            }
        }
        p->capabilities.push_back(ProductCapability{cap->id, cap->slug, cap->name, strength});
    });
}

void CatalogueCsvRow::readPrice(int row, Product *p) const
{
    const QStringView lowText = text(row, Field::PriceLow);
    const QStringView highText = text(row, Field::PriceHigh);
    const std::optional<qint64> low = CatalogueCsvValues::price(lowText);
    const std::optional<qint64> high = CatalogueCsvValues::price(highText);
    if (!low)
        m_messages->error(where(row, Field::PriceLow),
                          u"price must be a non-negative number, not '" + lowText + u"'");
    if (!high)
        m_messages->error(where(row, Field::PriceHigh),
                          u"price must be a non-negative number, not '" + highText + u"'");
    if (low && high) {
        // A single published price is a band of one value.
        p->price.low = *low >= 0 ? *low : *high;
        p->price.high = *high >= 0 ? *high : *low;
        if (p->price.low > p->price.high)
            m_messages->error(where(row, Field::PriceHigh),
                              u"the low price (" + QString::number(p->price.low)
                                  + u") is above the high price (" + QString::number(p->price.high)
                                  + u")");
    }
    if (const QStringView c = text(row, Field::Currency); !c.isEmpty()) {
        if (const std::optional<QString> code = CatalogueCsvValues::currency(c))
            p->price.currency = interned(*code);
        else
            m_messages->error(where(row, Field::Currency),
                              u"currency must be a three-letter code such as USD or EUR, not '" + c
                                  + u"'");
    }
    p->price.basis = interned(text(row, Field::PriceBasis));
    if (const QStringView d = text(row, Field::PriceAsOf); !d.isEmpty()) {
        p->price.asOf = CatalogueCsvValues::date(d);
        if (!p->price.asOf.isValid())
            m_messages->error(where(row, Field::PriceAsOf),
                              u"'" + d + u"' is not a valid date (expected YYYY-MM-DD or YYYY-MM)");
    }
}

} // namespace sa
