#include "columnmappingmodel.h"

#include <QColor>
#include <QFont>

namespace sa {

namespace {

QString sampleOf(const CsvTable &table, int column)
{
    QStringList values;
    for (int r = 0; r < table.rowCount() && values.size() < ColumnMappingModel::SampleValues; ++r) {
        const QString value = table.cell(r, column).toString().simplified();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    return values.join(QStringLiteral("  ·  "));
}

// What the preview's infos say about a column ("column 'X' is ignored: ..."), or empty.
QString noteFor(const InventoryPreview &preview, int column)
{
    const QString where
        = preview.table.location(preview.table.headerPosition(column)) + u": info: ";
    for (const QString &info : preview.infos) {
        if (info.startsWith(where))
            return info.mid(where.size());
    }
    return QString();
}

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const std::vector<InventoryFieldSpec> &ColumnMappingModel::fields() const
{
    return m_mode == InventoryMode::Tools ? InventoryFields::tools()
                                          : InventoryFields::requirements();
}

QString ColumnMappingModel::fieldKey(int field) const
{
    return QString::fromUtf16(fields()[size_t(field)].key);
}

void ColumnMappingModel::setPreview(const InventoryPreview &preview, const QStringList &mappings)
{
    std::vector<Row> next;
    const CsvTable &table = preview.table;
    for (int c = 0; c < table.columnCount(); ++c) {
        Row row;
        row.header = table.header()[c];
        row.sample = sampleOf(table, c);
        row.field = preview.columns.fieldOf(c); // resolved whenever there is a table
        row.byUser = preview.columns.mappedByUser(c);
        row.note = noteFor(preview, c);
        next.push_back(std::move(row));
    }
    m_mappings = mappings;
    const bool sameShape
        = preview.mode == m_mode && next.size() == m_rows.size()
          && std::equal(next.begin(), next.end(), m_rows.begin(), [](const Row &a, const Row &b) {
                 return a.header == b.header;
             });
    if (!sameShape) {
        beginResetModel();
        m_mode = preview.mode;
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    m_rows = std::move(next);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QStringList ColumnMappingModel::choices() const
{
    QStringList out{tr("Ignore")};
    for (const InventoryFieldSpec &f : fields())
        out << QString::fromUtf16(f.title);
    return out;
}

QStringList ColumnMappingModel::mappingsWith(int column, int choice) const
{
    const QString header = m_rows[size_t(column)].header;
    const QString key = choice <= 0 ? QStringLiteral("ignore") : fieldKey(choice - 1);
    QStringList out;
    for (const QString &mapping : m_mappings) {
        const qsizetype eq = mapping.lastIndexOf(u'=');
        const QString mappedHeader = mapping.left(eq);
        const QString mappedKey = mapping.mid(eq + 1);
        if (mappedHeader.compare(header, Qt::CaseInsensitive) == 0)
            continue;
        if (choice > 0 && mappedKey == key)
            out << mappedHeader + u"=ignore"; // the field moves to this column
        else
            out << mapping;
    }
    out << header + u'=' + key;
    return out;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    const bool ignored = row.field < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Header:
            return row.header;
        case Sample:
            return row.sample;
        case Field:
            return ignored ? tr("Ignore") : QString::fromUtf16(fields()[size_t(row.field)].title);
        }
        return QVariant();
    case Qt::EditRole:
        if (index.column() == Field)
            return ignored ? 0 : row.field + 1;
        return data(index, Qt::DisplayRole);
    case UnderlyingDataRole:
        if (index.column() == Field)
            return ignored ? -1 : row.field;
        return data(index, Qt::DisplayRole);
    case ChoicesRole:
        return index.column() == Field ? QVariant(choices()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Sample)
            return row.sample;
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    case Qt::FontRole:
        if (index.column() == Header) {
            QFont font;
            font.setBold(!ignored);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (ignored && index.column() != Field)
            return QColor(0x94, 0xa3, 0xb8);
        return QVariant();
    default:
        return QVariant();
    }
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Field || role != Qt::EditRole)
        return false;
    const int choice = value.toInt();
    if (choice < 0 || choice > int(fields().size()))
        return false;
    if (choice == data(index, Qt::EditRole).toInt())
        return true;
    // Kept as pending, so that a second edit before the preview arrives builds on it.
    m_mappings = mappingsWith(index.row(), choice);
    emit mappingsEdited(m_mappings);
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Field)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[]
        = {QT_TR_NOOP("Column in the file"), QT_TR_NOOP("Values"), QT_TR_NOOP("Imports as")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
