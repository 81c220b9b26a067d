#include "catalogue/cataloguecontent.h"
#include "io/recordfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace sa {

namespace {

using FieldCheck = std::function<void(const Record &, const RecordField &)>;

// The fingerprint covers every file read, by its path and bytes, in reading order.
void addToFingerprint(QCryptographicHash &hash,
                      const QString &relativePath,
                      const QByteArray &bytes)
{
    hash.addData(relativePath.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(bytes);
}

// The .txt files of a subfolder, in the order they are read.
QStringList folderFiles(const QString &dir, const QString &relativeDir)
{
    return QDir(dir + u'/' + relativeDir)
        .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

const char16_t *const kSingleFiles[] = {u"taxonomy.txt", u"capabilities.txt"};
const char16_t *const kFolders[] = {u"vendors", u"products"};

// Reads one kind of record file and reports unknown and missing keys, so that a typo in
// a key never silently drops data.
class FolderReader
{
public:
    explicit FolderReader(QString dir)
        : m_dir(std::move(dir))
    {
    }

    std::vector<Record> readFile(const QString &relativePath, bool required)
    {
        QFile file(m_dir + u'/' + relativePath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (required)
                errors << relativePath + u":1:1: cannot read the file: " + file.errorString();
            return {};
        }
        const QByteArray bytes = file.readAll();
        addToFingerprint(m_hash, relativePath, bytes);
        RecordFileResult parsed = parseRecords(bytes, relativePath);
        errors << parsed.errors;
        return std::move(parsed.records);
    }

    std::vector<Record> readFolder(const QString &relativeDir)
    {
        const QStringList names = folderFiles(m_dir, relativeDir);
        if (names.isEmpty())
            errors << relativeDir + u"/:1:1: no .txt files in the folder";
        std::vector<Record> all;
        for (const QString &name : names) {
            std::vector<Record> records = readFile(relativeDir + u'/' + name, true);
            std::move(records.begin(), records.end(), std::back_inserter(all));
        }
        return all;
    }

    void checkKeys(const Record &r, const QStringList &allowed, const QStringList &required)
    {
        for (const RecordField &f : r.fields) {
            if (!allowed.contains(f.key))
                errors << r.where(&f) + u": unknown key '" + f.key + u"' (expected one of: "
                              + allowed.join(u", ") + u")";
        }
        for (const QString &key : required) {
            const RecordField *f = r.field(key);
            if (!f || f->value.isEmpty())
                errors << r.where(f) + u": [" + r.slug + u"] needs a non-empty '" + key + u"'";
        }
    }

    void checkUnique(const std::vector<Record> &records, const QString &kind)
    {
        QHash<QString, QString> seen;
        for (const Record &r : records) {
            const auto it = seen.constFind(r.slug);
            if (it != seen.constEnd())
                errors << r.where() + u": duplicate " + kind + u" '" + r.slug + u"' (first at "
                              + *it + u")";
            else
                seen.insert(r.slug, r.where());
        }
    }

    QString fingerprint() const { return QString::fromLatin1(m_hash.result().toHex()); }

    QStringList errors;

private:
    QString m_dir;
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
};

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// "9600..43200 USD", "9600 USD" or "quote".
bool parsePrice(const QString &text, PriceBand *band)
{
    if (text.compare(u"quote", Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)(?:\.\.(\d+))?\s+([A-Z]{3})$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    band->low = m.captured(1).toLongLong();
    band->high = m.captured(2).isEmpty() ? band->low : m.captured(2).toLongLong();
    band->currency = m.captured(3);
    return band->high >= band->low;
}

QDate parseAsOf(const QString &text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text + u"-01", Qt::ISODate);
    return d;
}

} // namespace

CatalogueReadResult readCatalogueFolder(const QString &dir)
{
    FolderReader reader(dir);
    CatalogueReadResult result;
    CatalogueContent &c = result.content;

    // Taxonomy: categories have no parent; subcategories name theirs.
    const std::vector<Record> taxonomy = reader.readFile(QString::fromUtf16(kSingleFiles[0]), true);
    reader.checkUnique(taxonomy, QStringLiteral("category"));
    QSet<QString> topLevel, subcategories;
    for (const Record &r : taxonomy) {
        reader.checkKeys(
            r, {QStringLiteral("name"), QStringLiteral("parent")}, {QStringLiteral("name")});
        if (r.value(u"parent").isEmpty())
            topLevel.insert(r.slug);
    }
    for (const Record &r : taxonomy) {
        if (!r.value(u"parent").isEmpty()) {
            if (!topLevel.contains(r.value(u"parent")))
                reader.errors << r.where(r.field(u"parent")) + u": unknown parent category '"
                                     + r.value(u"parent") + u"'";
            subcategories.insert(r.slug);
        }
    }
    for (bool wantTop : {true, false}) {
        for (const Record &r : taxonomy) {
            if (r.value(u"parent").isEmpty() == wantTop)
                c.categories.push_back(
                    Category{0, 0, r.slug, r.value(u"parent"), r.value(u"name")});
        }
    }

    const std::vector<Record> caps = reader.readFile(QString::fromUtf16(kSingleFiles[1]), true);
    reader.checkUnique(caps, QStringLiteral("capability"));
    QSet<QString> capabilitySlugs;
    for (const Record &r : caps) {
        reader.checkKeys(
            r,
            {QStringLiteral("name"),
             QStringLiteral("subcategory"),
             QStringLiteral("description"),
             QStringLiteral("alias")},
            {QStringLiteral("name"), QStringLiteral("subcategory"), QStringLiteral("description")});
        if (!subcategories.contains(r.value(u"subcategory")) && !r.value(u"subcategory").isEmpty())
            reader.errors << r.where(r.field(u"subcategory")) + u": unknown subcategory '"
                                 + r.value(u"subcategory") + u"'";
        Capability cap;
        cap.slug = r.slug;
        cap.name = r.value(u"name");
        cap.categorySlug = r.value(u"subcategory");
        cap.description = r.value(u"description");
        for (const RecordField *f : r.all(u"alias"))
            cap.aliases << f->value;
        cap.origin = Origin::Shipped;
        capabilitySlugs.insert(r.slug);
        c.capabilities.push_back(cap);
    }

    const std::vector<Record> vendors = reader.readFolder(QString::fromUtf16(kFolders[0]));
    reader.checkUnique(vendors, QStringLiteral("vendor"));
    QSet<QString> vendorSlugs;
    for (const Record &r : vendors) {
        reader.checkKeys(r,
                         {QStringLiteral("name"),
                          QStringLiteral("website"),
                          QStringLiteral("country"),
                          QStringLiteral("founded")},
                         {QStringLiteral("name")});
        Vendor v;
        v.slug = r.slug;
        v.name = r.value(u"name");
        v.website = r.value(u"website");
        v.hqCountry = r.value(u"country");
        if (const RecordField *f = r.field(u"founded")) {
            bool ok = false;
            v.founded = f->value.toInt(&ok);
            if (!ok || v.founded < 1800 || v.founded > 2100)
                reader.errors << r.where(f) + u": 'founded' must be a year, not '" + f->value
                                     + u"'";
        }
        if (!v.hqCountry.isEmpty()
            && (v.hqCountry.size() != 2 || v.hqCountry != v.hqCountry.toUpper()))
            reader.errors << r.where(r.field(u"country"))
                                 + u": 'country' must be a two-letter ISO code such as US or DE";
        v.origin = Origin::Shipped;
        vendorSlugs.insert(r.slug);
        c.vendors.push_back(v);
    }

    const std::vector<Record> products = reader.readFolder(QString::fromUtf16(kFolders[1]));
    reader.checkUnique(products, QStringLiteral("product"));
    QSet<QString> productSlugs;
    for (const Record &r : products)
        productSlugs.insert(r.slug);
    static const QStringList productKeys{QStringLiteral("name"),
                                         QStringLiteral("vendor"),
                                         QStringLiteral("category"),
                                         QStringLiteral("description"),
                                         QStringLiteral("segments"),
                                         QStringLiteral("deployment"),
                                         QStringLiteral("pricing-model"),
                                         QStringLiteral("price"),
                                         QStringLiteral("price-basis"),
                                         QStringLiteral("price-as-of"),
                                         QStringLiteral("alias"),
                                         QStringLiteral("capability"),
                                         QStringLiteral("integrates")};
    for (const Record &r : products) {
        reader.checkKeys(r,
                         productKeys,
                         {QStringLiteral("name"),
                          QStringLiteral("vendor"),
                          QStringLiteral("category"),
                          QStringLiteral("description"),
                          QStringLiteral("price"),
                          QStringLiteral("price-basis"),
                          QStringLiteral("price-as-of")});
        Product p;
        p.slug = r.slug;
        p.name = r.value(u"name");
        p.vendorSlug = r.value(u"vendor");
        p.categorySlug = r.value(u"category");
        p.description = r.value(u"description");
        p.deployment = r.value(u"deployment");
        p.pricingModel = r.value(u"pricing-model");
        p.origin = Origin::Shipped;
        if (!p.vendorSlug.isEmpty() && !vendorSlugs.contains(p.vendorSlug))
            reader.errors << r.where(r.field(u"vendor")) + u": unknown vendor '" + p.vendorSlug
                                 + u"'";
        if (!p.categorySlug.isEmpty() && !subcategories.contains(p.categorySlug))
            reader.errors << r.where(r.field(u"category")) + u": unknown subcategory '"
                                 + p.categorySlug + u"'";
        if (const RecordField *f = r.field(u"segments")) {
            p.segments = splitList(f->value);
            for (const QString &s : std::as_const(p.segments)) {
                if (!knownSegments().contains(s))
                    reader.errors << r.where(f) + u": unknown segment '" + s
                                         + u"' (expected smb, mid-market, enterprise)";
            }
        }
        if (!p.deployment.isEmpty()
            && !QStringList{QStringLiteral("cloud"),
                            QStringLiteral("on-premise"),
                            QStringLiteral("hybrid")}
                    .contains(p.deployment))
            reader.errors << r.where(r.field(u"deployment"))
                                 + u": deployment must be cloud, on-premise or hybrid";
        if (const RecordField *f = r.field(u"price"); f && !parsePrice(f->value, &p.price))
            reader.errors
                << r.where(f) + u": price must be 'LOW..HIGH CUR', 'AMOUNT CUR' or 'quote', not '"
                       + f->value + u"'";
        p.price.basis = r.value(u"price-basis");
        if (const RecordField *f = r.field(u"price-as-of")) {
            p.price.asOf = parseAsOf(f->value);
            if (!p.price.asOf.isValid())
                reader.errors << r.where(f) + u": price-as-of must be YYYY-MM or YYYY-MM-DD";
        }
        for (const RecordField *f : r.all(u"alias"))
            p.aliases << f->value;
        QSet<QString> seenCaps;
        for (const RecordField *f : r.all(u"capability")) {
            const QStringList parts = f->value.split(u' ', Qt::SkipEmptyParts);
            bool ok = parts.size() == 2;
            const int strength = ok ? parts[1].toInt(&ok) : 0;
            if (!ok || strength < 1 || strength > 3) {
                reader.errors
                    << r.where(f) + u": capability must be 'slug STRENGTH' with strength 1, 2 or 3";
                continue;
            }
            if (!capabilitySlugs.contains(parts[0]))
                reader.errors << r.where(f) + u": unknown capability '" + parts[0] + u"'";
            else if (seenCaps.contains(parts[0]))
                reader.errors << r.where(f) + u": capability '" + parts[0] + u"' listed twice";
            seenCaps.insert(parts[0]);
            p.capabilities.push_back(ProductCapability{0, parts[0], QString(), strength});
        }
        for (const RecordField *f : r.all(u"integrates")) {
            const QStringList parts = f->value.split(u' ', Qt::SkipEmptyParts);
            IntegrationKind kind = IntegrationKind::Api;
            if (parts.size() != 2 || !parseIntegrationKind(parts[1], &kind)) {
                reader.errors << r.where(f)
                                     + u": integrates must be 'product-slug native|connector|api'";
                continue;
            }
            if (!productSlugs.contains(parts[0]))
                reader.errors << r.where(f) + u": unknown product '" + parts[0] + u"'";
            else if (parts[0] == r.slug)
                reader.errors << r.where(f) + u": a product cannot integrate with itself";
            p.integrations.push_back(ProductIntegration{0, parts[0], QString(), kind});
        }
        c.products.push_back(p);
    }

    c.fingerprint = reader.fingerprint();
    result.errors = reader.errors;
    return result;
}

QString catalogueFolderFingerprint(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&](const QString &relativePath) {
        QFile file(dir + u'/' + relativePath);
        if (file.open(QIODevice::ReadOnly))
            addToFingerprint(hash, relativePath, file.readAll());
    };
    for (const char16_t *name : kSingleFiles)
        add(QString::fromUtf16(name));
    for (const char16_t *folder : kFolders) {
        const QString relativeDir = QString::fromUtf16(folder);
        for (const QString &name : folderFiles(dir, relativeDir))
            add(relativeDir + u'/' + name);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sa
