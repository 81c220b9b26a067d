#include "cataloguecsvcolumns.h"

#include "csvtable.h"

#include <vector>

namespace sa {

namespace {

struct FieldNames
{
    CatalogueCsvField field;
    const char16_t *key;
    // Normalised synonyms, most specific first; the key's own spelling is implied.
    std::vector<const char16_t *> synonyms;
};

const std::vector<FieldNames> &fieldNames()
{
    using F = CatalogueCsvField;
    static const std::vector<FieldNames> names{
        {F::Name,
         u"name",
         {u"product name",
          u"tool name",
          u"application name",
          u"app name",
          u"software name",
          u"product",
          u"tool",
          u"application",
          u"app",
          u"software",
          u"name"}},
        {F::Vendor,
         u"vendor",
         {u"vendor name",
          u"company name",
          u"vendor",
          u"company",
          u"supplier",
          u"provider",
          u"manufacturer",
          u"publisher",
          u"maker"}},
        {F::VendorSlug, u"vendor-slug", {u"vendor slug", u"vendor id", u"company slug"}},
        {F::Category,
         u"category",
         {u"subcategory",
          u"sub category",
          u"primary subcategory",
          u"primary category",
          u"landscape category",
          u"category"}},
        {F::Description,
         u"description",
         {u"description", u"product description", u"desc", u"summary", u"about"}},
        {F::Website,
         u"website",
         {u"website",
          u"website url",
          u"web site",
          u"homepage",
          u"home page",
          u"url",
          u"link",
          u"site",
          u"web"}},
        {F::Aliases,
         u"aliases",
         {u"aliases", u"alias", u"other names", u"also known as", u"aka", u"former names"}},
        {F::Capabilities, u"capabilities", {u"capabilities", u"capability", u"features"}},
        {F::Segments,
         u"segments",
         {u"segments",
          u"segment",
          u"segment fit",
          u"market segment",
          u"company size",
          u"customer size",
          u"target segment"}},
        {F::Deployment, u"deployment", {u"deployment", u"deployment model", u"hosting"}},
        {F::PricingModel,
         u"pricing-model",
         {u"pricing model", u"price model", u"pricing", u"billing model"}},
        {F::PriceLow,
         u"price-low",
         {u"price low",
          u"low price",
          u"price min",
          u"min price",
          u"minimum price",
          u"price from",
          u"starting price",
          u"annual price low"}},
        {F::PriceHigh,
         u"price-high",
         {u"price high",
          u"high price",
          u"price max",
          u"max price",
          u"maximum price",
          u"price to",
          u"annual price high"}},
        {F::Currency, u"currency", {u"currency", u"price currency", u"currency code"}},
        {F::PriceBasis, u"price-basis", {u"price basis", u"pricing basis", u"price notes"}},
        {F::PriceAsOf, u"price-as-of", {u"price as of", u"price date", u"pricing date", u"as of"}},
        {F::Slug, u"slug", {u"slug", u"product slug"}},
    };
    return names;
}

// "Price (low)" -> "price low", "display_name" -> "display name".
QString normalised(QStringView header)
{
    QString out;
    out.reserve(header.size());
    bool space = false;
    for (const QChar c : header) {
        if (c == u'(' || c == u')' || c == u'*' || c == u'#' || c == u':')
            continue;
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c.toCaseFolded();
    }
    return out;
}

// The field a header names and how specific the match is (lower is more specific).
std::optional<std::pair<CatalogueCsvField, int>> matchHeader(QStringView header)
{
    const QString n = normalised(header);
    for (const FieldNames &f : fieldNames()) {
        for (size_t i = 0; i < f.synonyms.size(); ++i) {
            if (n == QStringView(f.synonyms[i]))
                return std::pair{f.field, int(i)};
        }
        if (n == normalised(QStringView(f.key)))
            return std::pair{f.field, int(f.synonyms.size())};
    }
    return std::nullopt;
}

} // namespace

QString CatalogueCsvColumns::key(CatalogueCsvField field)
{
    return QString::fromUtf16(fieldNames()[size_t(field)].key);
}

std::optional<CatalogueCsvField> CatalogueCsvColumns::fieldNamed(QStringView name)
{
    const auto match = matchHeader(name);
    return match ? std::optional(match->first) : std::nullopt;
}

CatalogueCsvColumns CatalogueCsvColumns::resolve(const CsvTable &table,
                                                 const QStringList &mappings,
                                                 QStringList *errors,
                                                 QStringList *infos)
{
    CatalogueCsvColumns out;
    out.m_columns.fill(-1);
    const int headerLine = std::max(table.format().headerLine, 1);
    const QString atHeader = table.location(CsvPosition{headerLine, 1});
    const auto at = [&](int column) -> QString {
        return table.location(table.headerPosition(column));
    };

    // -1: not decided; -2: dropped by the user; otherwise the field, by the user or a synonym.
    std::vector<int> fieldOf(size_t(table.columnCount()), -1);
    std::vector<int> rankOf(size_t(table.columnCount()), 0);
    std::vector<bool> byUser(size_t(table.columnCount()), false);
    for (const QString &mapping : mappings) {
        const qsizetype eq = mapping.lastIndexOf(u'=');
        const QString header = eq < 0 ? QString() : mapping.left(eq).trimmed();
        const QString fieldName = eq < 0 ? QString() : mapping.mid(eq + 1).trimmed();
        const QString quoted = u"--map '" + mapping + u"'";
        if (header.isEmpty() || fieldName.isEmpty()) {
            *errors << atHeader + u": " + quoted + u": expected \"Header=field\"";
            continue;
        }
        const int column = table.columnIndex(header);
        if (column < 0) {
            *errors << atHeader + u": " + quoted + u": the file has no column '" + header
                           + u"' (its columns: " + table.header().join(u", ") + u")";
            continue;
        }
        int field = -2;
        if (fieldName.compare(u"ignore", Qt::CaseInsensitive) != 0 && fieldName != u"-") {
            const std::optional<CatalogueCsvField> f = fieldNamed(fieldName);
            if (!f) {
                QStringList keys;
                for (const FieldNames &n : fieldNames())
                    keys << QString::fromUtf16(n.key);
                *errors << atHeader + u": " + quoted + u": unknown field '" + fieldName
                               + u"' (fields: " + keys.join(u", ") + u", ignore)";
                continue;
            }
            field = int(*f);
        }
        if (byUser[size_t(column)]) {
            *errors << at(column) + u": " + quoted + u": column '" + table.header()[column]
                           + u"' is mapped twice";
            continue;
        }
        for (size_t c = 0; c < fieldOf.size(); ++c) {
            if (field >= 0 && byUser[c] && fieldOf[c] == field) {
                *errors << at(column) + u": " + quoted + u": column '" + table.header()[int(c)]
                               + u"' is already mapped to " + key(CatalogueCsvField(field));
                field = -3;
            }
        }
        if (field == -3)
            continue;
        fieldOf[size_t(column)] = field;
        byUser[size_t(column)] = true;
    }

    for (int c = 0; c < table.columnCount(); ++c) {
        if (byUser[size_t(c)])
            continue;
        if (const auto match = matchHeader(table.header()[c])) {
            fieldOf[size_t(c)] = int(match->first);
            rankOf[size_t(c)] = match->second;
        } else {
            *infos << at(c) + u": info: column '" + table.header()[c]
                          + u"' is not a catalogue field; ignored";
        }
    }
    // One column per field: the user's choice, else the most specific synonym, else the first.
    for (int c = 0; c < table.columnCount(); ++c) {
        const int field = fieldOf[size_t(c)];
        if (field < 0)
            continue;
        int &current = out.m_columns[size_t(field)];
        const bool better
            = current < 0 || (byUser[size_t(c)] && !byUser[size_t(current)])
              || (!byUser[size_t(current)] && rankOf[size_t(c)] < rankOf[size_t(current)]);
        const int loser = better ? current : c;
        if (better)
            current = c;
        if (loser >= 0)
            *infos << at(loser) + u": info: column '" + table.header()[loser]
                          + u"' ignored: column '" + table.header()[current] + u"' gives the "
                          + key(CatalogueCsvField(field));
    }
    if (out.column(CatalogueCsvField::Name) < 0)
        *errors << atHeader
                       + u": no column gives the product name (call it Name, Product or Tool, or "
                         u"map one with --map \"Header=name\")";
    return out;
}

} // namespace sa
