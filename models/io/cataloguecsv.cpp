#include "cataloguecsv.h"

#include "cataloguecsvcolumns.h"
#include "cataloguecsvrow.h"

#include <QHash>

namespace sa {

CatalogueCsv::CatalogueCsv(std::vector<Category> categories, std::vector<Capability> capabilities)
    : m_lookup(std::move(categories), std::move(capabilities))
{
}

CatalogueCsvImport CatalogueCsv::readFile(const QString &path,
                                          const QStringList &mappings,
                                          const CsvReadOptions &readOptions) const
{
    return fromRead(CsvReader(readOptions).readFile(path), mappings);
}

CatalogueCsvImport CatalogueCsv::read(QByteArrayView bytes,
                                      const QString &displayName,
                                      const QStringList &mappings,
                                      const CsvReadOptions &readOptions) const
{
    return fromRead(CsvReader(readOptions).read(bytes, displayName), mappings);
}

CatalogueCsvImport CatalogueCsv::fromRead(CsvReadResult read, const QStringList &mappings) const
{
    if (read.ok())
        return convert(read.table, mappings);
    CatalogueCsvImport out;
    out.errors = std::move(read.errors);
    out.errorKind = read.errorKind;
    return out;
}

CatalogueCsvImport CatalogueCsv::convert(const CsvTable &table, const QStringList &mappings) const
{
    CatalogueCsvImport out;
    out.format = table.format();
    const CatalogueCsvColumns columns
        = CatalogueCsvColumns::resolve(table, mappings, &out.errors, &out.infos);
    if (!out.errors.isEmpty())
        return out;

    CatalogueCsvMessages messages;
    messages.maxErrors = m_maxErrors;
    messages.maxWarnings = m_maxWarnings;
    const CatalogueCsvRow reader(table, columns, m_lookup, &messages);
    QHash<QString, std::pair<size_t, int>> bySlug; // slug -> (index in products, line)
    QHash<QString, size_t> vendorIndex;
    out.products.reserve(size_t(table.rowCount()));
    for (int row = 0; row < table.rowCount() && !messages.full(); ++row) {
        QStringView website;
        Product product = reader.convert(row, &website);
        if (product.name.isEmpty())
            continue;
        if (!product.vendorSlug.isEmpty()) {
            const auto it = vendorIndex.constFind(product.vendorSlug);
            if (it == vendorIndex.constEnd()) {
                vendorIndex.insert(product.vendorSlug, out.vendors.size());
                out.vendors.push_back(Vendor{0,
                                             product.vendorSlug,
                                             product.vendorName,
                                             website.toString(),
                                             QString(),
                                             0,
                                             Origin::User});
            } else if (out.vendors[*it].website.isEmpty()) {
                out.vendors[*it].website = website.toString();
            }
        }
        const int line = table.rowLine(row);
        const auto seen = bySlug.find(product.slug);
        if (seen == bySlug.end()) {
            bySlug.insert(product.slug, {out.products.size(), line});
            out.products.push_back(std::move(product));
            continue;
        }
        messages.warning(
            table.location(table.position(row, columns.column(CatalogueCsvField::Name))),
            u"product '" + product.slug + u"' is also on line " + QString::number(seen->second)
                + u"; the later row wins");
        out.products[seen->first] = std::move(product);
        seen->second = line;
    }
    messages.finish();
    out.errors = std::move(messages.errors);
    out.warnings = std::move(messages.warnings);
    if (!out.errors.isEmpty()) {
        out.products.clear();
        out.vendors.clear();
    }
    return out;
}

QStringList CatalogueCsv::exportHeader()
{
    QStringList header;
    for (int f = 0; f < kCatalogueCsvFieldCount; ++f)
        header << CatalogueCsvColumns::key(CatalogueCsvField(f));
    return header;
}

QByteArray CatalogueCsv::write(const std::vector<Product> &products,
                               const std::vector<Vendor> &vendors,
                               const CsvWriteOptions &options)
{
    QHash<QString, QString> websites;
    for (const Vendor &v : vendors)
        websites.insert(v.slug, v.website);

    CsvWriter writer(options);
    writer.writeRow(exportHeader());
    QStringList row;
    for (const Product &p : products) {
        QStringList capabilities;
        for (const ProductCapability &c : p.capabilities)
            capabilities << c.capabilitySlug + u':' + QString::number(c.strength);
        const auto amount = [](qint64 value) {
            return value >= 0 ? QString::number(value) : QString();
        };
        row = {p.name,
               p.vendorName,
               p.vendorSlug,
               p.categorySlug,
               p.description,
               websites.value(p.vendorSlug),
               p.aliases.join(u'|'),
               capabilities.join(u'|'),
               p.segments.join(u'|'),
               p.deployment,
               p.pricingModel,
               amount(p.price.low),
               amount(p.price.high),
               p.price.currency,
               p.price.basis,
               p.price.asOf.isValid() ? p.price.asOf.toString(Qt::ISODate) : QString(),
               p.slug};
        writer.writeRow(row);
    }
    return writer.bytes();
}

} // namespace sa
