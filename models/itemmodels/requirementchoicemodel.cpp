#include "requirementchoicemodel.h"

#include <QBrush>

namespace sa {

RequirementChoiceModel::RequirementChoiceModel(const CapabilityDirectory &directory,
                                               const QSet<QString> &required,
                                               QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const sa::Capability &c : directory.all()) {
        if (required.contains(c.slug))
            continue;
        m_rows.push_back(c);
        m_subcategories.push_back(directory.subcategoryName(c.slug));
    }
}

int RequirementChoiceModel::rowOf(const QString &slug) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].slug == slug)
            return int(i);
    }
    return -1;
}

int RequirementChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const sa::Capability &c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case UnderlyingDataRole:
        switch (index.column()) {
        case Capability:
            return c.name.isEmpty() ? c.slug : c.name;
        case Subcategory:
            return m_subcategories[size_t(index.row())];
        case Description:
            return c.description;
        }
        return QVariant();
    case CapabilitySlugRole:
        return c.slug;
    case Qt::ToolTipRole:
        return c.description.isEmpty() ? QVariant() : QVariant(c.description);
    case Qt::ForegroundRole:
        if (index.column() != Capability)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant
RequirementChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[]
        = {QT_TR_NOOP("Capability"), QT_TR_NOOP("Subcategory"), QT_TR_NOOP("Description")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
