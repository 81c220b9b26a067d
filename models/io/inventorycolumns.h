#pragma once

#include "inventoryfields.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

class CsvTable;

// Which column of a table feeds which field, for any field list (tools or requirements).
// The user's "Header=field" mappings (the CLI's --map, the wizard's choices) come first;
// "ignore" or "-" drops a column. Other headers are recognised by their normalised words
// against the fields' synonyms; when two columns claim one field the more specific
// synonym wins ("Annual cost" over "Cost"), then the leftmost. A currency in a header
// ("Annual Cost (USD)", "Kosten €") is remembered for the amount check and is not part of
// the name. Columns that feed nothing are reported as infos, never as errors.
class InventoryColumns
{
public:
    static constexpr int Unmapped = -1; // no synonym matched
    static constexpr int Ignored = -2;  // dropped by the user, or lost to a better column

    // errors: malformed mappings, mappings naming a missing header or an unknown field.
    // Every message is "FILE:LINE:COLUMN: ..." at the header row.
    static InventoryColumns resolve(const CsvTable &table,
                                    const std::vector<InventoryFieldSpec> &fields,
                                    const QStringList &mappings,
                                    QStringList *errors,
                                    QStringList *infos);

    int column(int field) const; // -1 when no column feeds it
    int fieldOf(int column) const { return m_fieldOf[size_t(column)]; }
    bool mappedByUser(int column) const { return m_byUser[size_t(column)]; }
    // The currency a header names ("USD" for "Annual Cost (USD)"), or empty.
    const QString &headerCurrency(int column) const { return m_currency[size_t(column)]; }

    // "Annual Cost (USD)" -> "annual cost" (currency "USD"); "Notice_Period-(days)" ->
    // "notice period days": case-folded words, punctuation dropped.
    static QString normalised(QStringView header, QString *currency = nullptr);
    // The field a name denotes: a key, a title or a synonym; -1 for none.
    static int fieldNamed(const std::vector<InventoryFieldSpec> &fields, QStringView name);

private:
    std::vector<int> m_columnOf; // per field
    std::vector<int> m_fieldOf;  // per column
    std::vector<bool> m_byUser;
    std::vector<QString> m_currency;
};

} // namespace sa
