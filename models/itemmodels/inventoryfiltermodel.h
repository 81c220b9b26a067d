#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sa {

// The inventory's sort and filter proxy. Sorts on UnderlyingDataRole (money and dates as
// numbers; category rows by their totals, their tools within them), with "Uncategorised"
// last either way. The filter text is
// split into words, and a tool is shown when each word is found in one of its columns
// ("hubspot marketing", "jordan retiring"); a category whose name matches shows all its
// tools, and a category is shown while any of its tools is.
class InventoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterModel)

public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace sa
