#include "requirementlistmodel.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacedocument.h"

#include <QBrush>
#include <QFont>

namespace sa {

RequirementListModel::RequirementListModel(WorkspaceDocument *document,
                                           const CatalogueStore *catalogue,
                                           QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    if (catalogue) {
        m_catalogueCapabilities = catalogue->capabilities();
        m_categories = catalogue->categories();
    }
    rebuildDirectory();
    refresh();
    connect(
        document, &WorkspaceDocument::requirementsChanged, this, &RequirementListModel::refresh);
    connect(document, &WorkspaceDocument::capabilitiesChanged, this, [this] {
        rebuildDirectory();
        refresh();
    });
}

void RequirementListModel::rebuildDirectory()
{
    m_directory = CapabilityDirectory(
        m_document->store()->capabilities(), m_catalogueCapabilities, m_categories);
}

qint64 RequirementListModel::keyOf(const QString &slug)
{
    const auto found = m_keys.constFind(slug);
    if (found != m_keys.constEnd())
        return *found;
    const qint64 key = m_keys.size() + 1;
    m_keys.insert(slug, key);
    return key;
}

void RequirementListModel::refresh()
{
    std::vector<Row> next;
    for (const sa::Requirement &r : m_document->store()->requirements())
        next.push_back(Row{
            r, m_directory.name(r.capabilitySlug), m_directory.subcategoryName(r.capabilitySlug)});
    std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0
                           : a.requirement.capabilitySlug < b.requirement.capabilitySlug;
    });
    syncRows(m_rows, std::move(next), [this](const Row &row) {
        return keyOf(row.requirement.capabilitySlug);
    });
    emit requirementsRefreshed();
}

int RequirementListModel::rowOf(const QString &capabilitySlug) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].requirement.capabilitySlug == capabilitySlug)
            return int(i);
    }
    return -1;
}

int RequirementListModel::count(sa::Importance importance) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [importance](const Row &row) {
        return row.requirement.importance == importance;
    }));
}

QStringList RequirementListModel::importanceChoices()
{
    return {tr("Must"), tr("Should"), tr("Nice to have")};
}

QStringList RequirementListModel::strengthChoices()
{
    return {tr("1 · basic"), tr("2 · solid"), tr("3 · leading")};
}

int RequirementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    const sa::Requirement &r = row.requirement;
    const int importance = int(r.importance);
    const int strength = std::clamp(r.minStrength, 1, 3);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Capability:
            return row.name;
        case Subcategory:
            return row.subcategory;
        case Importance:
            return importanceChoices().value(importance);
        case MinStrength:
            return strengthChoices().value(strength - 1);
        }
        return QVariant();
    case Qt::EditRole:
        if (index.column() == Importance)
            return importance;
        if (index.column() == MinStrength)
            return strength - 1;
        return data(index, Qt::DisplayRole);
    case UnderlyingDataRole:
        if (index.column() == Importance)
            return importance;
        if (index.column() == MinStrength)
            return r.minStrength;
        return data(index, Qt::DisplayRole);
    case CapabilitySlugRole:
        return r.capabilitySlug;
    case ChoicesRole:
        if (index.column() == Importance)
            return importanceChoices();
        if (index.column() == MinStrength)
            return strengthChoices();
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Capability) {
            const sa::Capability *c = m_directory.find(r.capabilitySlug);
            return c && !c->description.isEmpty() ? c->description : r.capabilitySlug;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Importance && r.importance == sa::Importance::Nice)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        if (index.column() == Subcategory)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return QVariant();
    case Qt::FontRole:
        if (index.column() == Importance && r.importance == sa::Importance::Must) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

bool RequirementListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole
        || (index.column() != Importance && index.column() != MinStrength))
        return false;
    const int choice = value.toInt();
    if (choice < 0 || choice > 2)
        return false;
    sa::Requirement changed = m_rows[size_t(index.row())].requirement;
    if (index.column() == Importance)
        changed.importance = sa::Importance(choice);
    else
        changed.minStrength = choice + 1;
    const Status status = m_document->setRequirement(changed);
    if (!status) {
        emit editFailed(status.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags RequirementListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Importance || index.column() == MinStrength))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RequirementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Capability"),
                                         QT_TR_NOOP("Subcategory"),
                                         QT_TR_NOOP("Importance"),
                                         QT_TR_NOOP("Minimum strength")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
