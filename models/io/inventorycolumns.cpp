#include "inventorycolumns.h"

#include "csvtable.h"
#include "inventorycurrency.h"

#include <QRegularExpression>

#include <climits>

namespace sa {

namespace {

struct HeaderMatch
{
    int field = -1;
    int rank = INT_MAX; // index of the synonym: lower is more specific
};

HeaderMatch matchWords(const std::vector<InventoryFieldSpec> &fields, const QString &words)
{
    HeaderMatch best;
    for (size_t f = 0; f < fields.size(); ++f) {
        const auto &synonyms = fields[f].synonyms;
        for (size_t i = 0; i < synonyms.size() && int(i) < best.rank; ++i) {
            if (words == QStringView(synonyms[i]))
                best = HeaderMatch{int(f), int(i)};
        }
    }
    return best;
}

QString keyList(const std::vector<InventoryFieldSpec> &fields)
{
    QStringList keys;
    for (const InventoryFieldSpec &f : fields)
        keys << QString::fromUtf16(f.key);
    return keys.join(u", ");
}

} // namespace

QString InventoryColumns::normalised(QStringView header, QString *currency)
{
    QStringList words;
    QString word;
    QString found;
    const auto flush = [&] {
        if (InventoryCurrency::isKnownCode(word))
            found = word.toUpper();
        else if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
            continue;
        }
        flush();
        if (InventoryCurrency::isSymbol(c))
            found = QString(c);
    }
    flush();
    if (!found.isEmpty() && !words.isEmpty() && words.back() == u"in") // "Cost in EUR"
        words.removeLast();
    if (currency)
        *currency = found;
    return words.join(u' ');
}

int InventoryColumns::fieldNamed(const std::vector<InventoryFieldSpec> &fields, QStringView name)
{
    const QString words = normalised(name);
    for (size_t f = 0; f < fields.size(); ++f) {
        if (words == normalised(QStringView(fields[f].key))
            || words == normalised(QStringView(fields[f].title)))
            return int(f);
    }
    return matchWords(fields, words).field;
}

int InventoryColumns::column(int field) const
{
    return field >= 0 && size_t(field) < m_columnOf.size() ? m_columnOf[size_t(field)] : -1;
}

InventoryColumns InventoryColumns::resolve(const CsvTable &table,
                                           const std::vector<InventoryFieldSpec> &fields,
                                           const QStringList &mappings,
                                           QStringList *errors,
                                           QStringList *infos)
{
    const int columns = table.columnCount();
    InventoryColumns out;
    out.m_columnOf.assign(fields.size(), -1);
    out.m_fieldOf.assign(size_t(columns), Unmapped);
    out.m_byUser.assign(size_t(columns), false);
    out.m_currency.resize(size_t(columns));
    std::vector<int> rank(size_t(columns), INT_MAX);
    std::vector<QString> words;
    words.resize(size_t(columns));
    static const QRegularExpression repeated(QStringLiteral("^(.+) \\((\\d+)\\)$"));
    for (int c = 0; c < columns; ++c) {
        words[size_t(c)] = normalised(table.header()[c], &out.m_currency[size_t(c)]);
        // "Owner (2)" is CsvTable's name for a second "Owner" column: read as "Owner", it
        // loses to the first with a message saying so, instead of being an unknown column.
        const QRegularExpressionMatch m = repeated.match(table.header()[c]);
        if (const int first = m.hasMatch() ? table.columnIndex(m.captured(1)) : -1;
            first >= 0 && first < c)
            words[size_t(c)] = words[size_t(first)];
    }

    const QString atHeader = table.location(CsvPosition{std::max(table.format().headerLine, 1), 1});
    const auto headerAt = [&](int c) {
        return table.location(table.headerPosition(c));
    };
    for (const QString &mapping : mappings) {
        const qsizetype eq = mapping.lastIndexOf(u'=');
        const QString header = mapping.left(std::max<qsizetype>(eq, 0)).trimmed();
        const QString target = eq < 0 ? QString() : mapping.mid(eq + 1).trimmed();
        const QString said = u"--map '" + mapping + u"': ";
        if (header.isEmpty() || target.isEmpty()) {
            *errors << atHeader + u": " + said + u"expected \"Header=field\"";
            continue;
        }
        const int c = table.columnIndex(header);
        if (c < 0) {
            *errors << atHeader + u": " + said + u"the file has no column '" + header
                           + u"' (its columns: " + table.header().join(u", ") + u')';
            continue;
        }
        const bool drop = target.compare(u"ignore", Qt::CaseInsensitive) == 0 || target == u"-";
        const int field = drop ? Ignored : fieldNamed(fields, target);
        if (field == Unmapped) {
            *errors << atHeader + u": " + said + u"unknown field '" + target + u"' (fields: "
                           + keyList(fields) + u", ignore)";
            continue;
        }
        if (out.m_byUser[size_t(c)]) {
            *errors << headerAt(c) + u": " + said + u"column '" + table.header()[c]
                           + u"' is mapped twice";
            continue;
        }
        out.m_fieldOf[size_t(c)] = field;
        out.m_byUser[size_t(c)] = true;
        rank[size_t(c)] = -1;
    }

    for (int c = 0; c < columns; ++c) {
        if (out.m_byUser[size_t(c)])
            continue;
        const HeaderMatch m = matchWords(fields, words[size_t(c)]);
        out.m_fieldOf[size_t(c)] = m.field;
        rank[size_t(c)] = m.rank;
        if (m.field < 0)
            *infos << headerAt(c) + u": info: column '" + table.header()[c]
                          + u"' is not a field of this import; ignored";
    }

    // One column per field: the user's, else the most specific synonym, else the leftmost.
    for (int c = 0; c < columns; ++c) {
        const int field = out.m_fieldOf[size_t(c)];
        if (field < 0)
            continue;
        int &holder = out.m_columnOf[size_t(field)];
        if (holder >= 0 && out.m_byUser[size_t(c)] && out.m_byUser[size_t(holder)]) {
            *errors << headerAt(c) + u": --map: columns '" + table.header()[holder] + u"' and '"
                           + table.header()[c] + u"' are both mapped to "
                           + QString::fromUtf16(fields[size_t(field)].key);
            continue;
        }
        int loser = c;
        if (holder < 0 || rank[size_t(c)] < rank[size_t(holder)])
            std::swap(loser, holder);
        if (loser < 0)
            continue;
        out.m_fieldOf[size_t(loser)] = Ignored;
        *infos << headerAt(loser) + u": info: column '" + table.header()[loser]
                      + u"' is ignored: column '" + table.header()[holder] + u"' gives the "
                      + QString::fromUtf16(fields[size_t(field)].key);
    }
    return out;
}

} // namespace sa
