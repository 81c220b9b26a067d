#pragma once

#include "cataloguecsvcolumns.h"
#include "cataloguecsvmessages.h"
#include "domain/product.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace sa {

class CatalogueCsvLookup;
class CsvTable;

// Turns one data row of a catalogue CSV table into a Product: trims cells, undoes the
// writer's formula guard, splits lists, resolves categories and capabilities through the
// lookup and reports every bad value at its own line and column (list items included).
// Holds references only; one instance serves a whole table.
class CatalogueCsvRow
{
public:
    CatalogueCsvRow(const CsvTable &table,
                    const CatalogueCsvColumns &columns,
                    const CatalogueCsvLookup &lookup,
                    CatalogueCsvMessages *messages);

    // The row's product; its name is empty when the row had none. website receives the
    // row's website cell (it belongs to the vendor, which Product does not carry); it
    // views the table.
    Product convert(int row, QStringView *website) const;

private:
    using Field = CatalogueCsvField;
    QStringView text(int row, Field field) const;
    // "FILE:LINE:COLUMN" of the field, or of part (a view into the field's cell) in it.
    QString where(int row, Field field, QStringView part = {}) const;
    template<typename Fn>
    void forEachItem(int row, Field field, QStringView separators, Fn fn) const;
    // The given slug, or its slugify() with a warning when it is not a valid slug.
    QString validSlug(int row, Field field, QStringView given) const;
    void readCapabilities(int row, Product *p) const;
    void readPrice(int row, Product *p) const;

    const CsvTable &m_table;
    const CatalogueCsvColumns &m_columns;
    const CatalogueCsvLookup &m_lookup;
    CatalogueCsvMessages *m_messages;
    // One shared string for values that repeat down a column ("per seat", "USD").
    QString interned(QStringView text) const;

    mutable QHash<QString, std::pair<QString, bool>> m_vendorSlugs; // name -> (slug, from ASCII)
    mutable QSet<QString> m_strings;
};

} // namespace sa
