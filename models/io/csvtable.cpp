#include "csvtable.h"

#include "xlsxcellref.h"

#include <QSet>

namespace sa {

CsvTable::CsvTable(QString fileName, CsvFormat format, CsvRecords records, qsizetype headerRecord)
    : m_fileName(std::move(fileName))
    , m_format(format)
    , m_records(std::move(records))
{
    int columns = 0;
    if (headerRecord >= 0) {
        m_firstRow = size_t(headerRecord) + 1;
        const CsvRecords::Record &rec = m_records.records[size_t(headerRecord)];
        columns = int(rec.cellCount);
        m_format.headerLine = int(m_records.cells[rec.firstCell].line);
    } else {
        for (const CsvRecords::Record &rec : m_records.records)
            columns = std::max(columns, int(rec.cellCount));
        m_format.headerLine = 0;
    }

    QSet<QString> taken;
    for (int c = 0; c < columns; ++c) {
        QString name;
        if (headerRecord >= 0) {
            const CsvRecords::Cell &cell
                = m_records.cells[m_records.records[size_t(headerRecord)].firstCell + quint32(c)];
            name = m_records.cellText(cell).trimmed().toString();
            m_headerPositions.push_back(CsvPosition{int(cell.line), int(cell.column)});
        } else {
            m_headerPositions.push_back(CsvPosition{0, c + 1});
        }
        if (name.isEmpty())
            name = u"Column " + QString::number(c + 1);
        const QString base = name;
        for (int k = 2; taken.contains(name.toCaseFolded()); ++k)
            name = base + u" (" + QString::number(k) + u')';
        taken.insert(name.toCaseFolded());
        m_header << name;
    }
}

int CsvTable::rowCount() const
{
    return int(m_records.records.size() - std::min(m_firstRow, m_records.records.size()));
}

const CsvRecords::Cell *CsvTable::cellAt(int row, int column) const
{
    const CsvRecords::Record &rec = m_records.records[m_firstRow + size_t(row)];
    if (column < 0 || quint32(column) >= rec.cellCount)
        return nullptr;
    return &m_records.cells[rec.firstCell + quint32(column)];
}

QStringView CsvTable::cell(int row, int column) const
{
    const CsvRecords::Cell *c = cellAt(row, column);
    return c ? m_records.cellText(*c) : QStringView();
}

bool CsvTable::isQuoted(int row, int column) const
{
    const CsvRecords::Cell *c = cellAt(row, column);
    return c && c->quoted();
}

int CsvTable::rowLine(int row) const
{
    const CsvRecords::Record &rec = m_records.records[m_firstRow + size_t(row)];
    return int(m_records.cells[rec.firstCell].line);
}

CsvPosition CsvTable::position(int row, int column) const
{
    if (const CsvRecords::Cell *c = cellAt(row, column))
        return CsvPosition{int(c->line), int(c->column)};
    const CsvRecords::Record &rec = m_records.records[m_firstRow + size_t(row)];
    return CsvPosition{int(rec.endLine), int(rec.endColumn)};
}

CsvPosition CsvTable::position(int row, int column, qsizetype offset) const
{
    const CsvRecords::Cell *c = cellAt(row, column);
    if (!c || !m_format.sheet.isEmpty()) // a worksheet's cell is its own smallest place
        return position(row, column);
    // Walk the value as the parser walked the file: a quoted field's content starts after
    // its quote, "" took two columns, and every line break (already LF) starts a new line.
    CsvPosition at{int(c->line), int(c->column) + (c->quoted() ? 1 : 0)};
    const QStringView text = m_records.cellText(*c);
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        const QChar ch = text[i];
        if (ch == u'\n') {
            ++at.line;
            at.column = 1;
        } else if (!ch.isLowSurrogate()) {
            at.column += (ch == u'"' && c->quoted()) ? 2 : 1;
        }
    }
    return at;
}

CsvPosition CsvTable::headerPosition(int column) const
{
    return m_headerPositions[size_t(column)];
}

int CsvTable::columnIndex(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (wanted.compare(m_header[i], Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString CsvTable::location(CsvPosition position) const
{
    if (!m_format.sheet.isEmpty())
        return XlsxCellRef::location(m_fileName, m_format.sheet, position.line, position.column);
    return m_fileName + u':' + QString::number(position.line) + u':'
           + QString::number(position.column);
}

} // namespace sa
