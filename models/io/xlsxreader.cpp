#include "xlsxreader.h"

#include "csvsniffer.h"
#include "xlsxcellref.h"
#include "xlsxsheetparser.h"
#include "xlsxworkbook.h"

#include <algorithm>

namespace sa {

namespace {

constexpr size_t kHeaderSearchRecords = 1000;

XlsxReadResult failure(XlsxReadResult result, const Error &error)
{
    result.errors << error.message;
    result.errorKind = error.kind;
    return result;
}

// The first records, each padded to the widest of them: a spreadsheet row ends at its
// last value, so a header over a mostly empty column would otherwise look longer than
// the rows below it. The sniffer then picks the first row that is mostly text.
qsizetype detectHeader(const CsvRecords &records)
{
    CsvRecords sample;
    sample.text = records.text; // shared, not copied
    const size_t count = std::min(records.records.size(), kHeaderSearchRecords);
    quint32 width = 0;
    for (size_t r = 0; r < count; ++r)
        width = std::max(width, records.records[r].cellCount);
    for (size_t r = 0; r < count; ++r) {
        const CsvRecords::Record &rec = records.records[r];
        sample.records.push_back(
            CsvRecords::Record{quint32(sample.cells.size()), width, rec.endLine, width + 1});
        sample.cells.insert(sample.cells.end(),
                            records.cells.begin() + rec.firstCell,
                            records.cells.begin() + rec.firstCell + rec.cellCount);
        sample.cells.resize(sample.cells.size() + (width - rec.cellCount));
    }
    return CsvSniffer::detectHeader(sample);
}

// Every record from the header on gets a cell (maybe empty) in every column of the
// table, so that each field's position is its own cell, not the end of its row.
bool padRecords(CsvRecords &records, size_t from, qint64 maxCells)
{
    quint32 width = 0;
    for (size_t r = from; r < records.records.size(); ++r)
        width = std::max(width, records.records[r].cellCount);
    const qint64 padded = qint64(records.records.size() - from) * width;
    if (padded > maxCells)
        return false;
    std::vector<CsvRecords::Cell> cells;
    cells.reserve(
        size_t(padded)
        + (from < records.records.size() ? records.records[from].firstCell : records.cells.size()));
    for (size_t r = 0; r < records.records.size(); ++r) {
        CsvRecords::Record &rec = records.records[r];
        const auto first = records.cells.begin() + rec.firstCell;
        rec.firstCell = quint32(cells.size());
        cells.insert(cells.end(), first, first + rec.cellCount);
        if (r < from)
            continue;
        for (quint32 c = rec.cellCount + 1; c <= width; ++c)
            cells.push_back(CsvRecords::Cell{0, 0, rec.endLine, c});
        rec.cellCount = width;
        rec.endColumn = width + 1;
    }
    records.cells = std::move(cells);
    return true;
}

} // namespace

XlsxReader::XlsxReader(XlsxReadOptions options)
    : m_options(std::move(options))
{
}

XlsxReadResult XlsxReader::readFile(const QString &path, const QString &displayName) const
{
    const QString name = displayName.isEmpty() ? path : displayName;
    XlsxReadResult result;
    XlsxArchive archive(m_options.archive);
    if (Status opened = archive.open(path, name); !opened)
        return failure(std::move(result), opened.error());
    Expected<XlsxWorkbook> workbook = XlsxWorkbook::read(archive);
    if (!workbook)
        return failure(std::move(result), workbook.error());
    result.sheets = workbook->sheetNames();
    Expected<XlsxSheetInfo> sheet = workbook->sheet(m_options.sheet, name);
    if (!sheet)
        return failure(std::move(result), sheet.error());
    result.sheet = sheet->name;

    Expected<XlsxStyles> styles = XlsxStyles::read(archive, workbook->stylesPart());
    if (!styles)
        return failure(std::move(result), styles.error());
    Expected<XlsxSharedStrings> strings = XlsxSharedStrings::read(
        archive, workbook->sharedStringsPart(), m_options.maxSharedStrings);
    if (!strings)
        return failure(std::move(result), strings.error());
    XlsxSheetParser parser(
        name, sheet->name, m_options, *styles, workbook->date1904(), std::move(*strings));
    const Status parsed
        = archive.parseXml(sheet->part, [&](QXmlStreamReader &xml) { parser.parse(xml); });
    result.errors = parser.errors();
    if (!parsed)
        result.errors << parsed.error().message;
    if (!result.errors.isEmpty())
        return result;

    CsvRecords records = parser.takeRecords();
    qsizetype header = -1;
    if (m_options.headerRow == 0) {
        header = detectHeader(records);
    } else if (m_options.headerRow > 0) {
        const auto it = std::find_if(
            records.records.begin(), records.records.end(), [&](const CsvRecords::Record &r) {
                return int(r.endLine) == m_options.headerRow;
            });
        if (it == records.records.end()) {
            return failure(
                std::move(result),
                Error::badInput(XlsxCellRef::location(name, sheet->name, m_options.headerRow, 1)
                                + u": row " + QString::number(m_options.headerRow)
                                + u" is empty; it cannot be the header"));
        }
        header = it - records.records.begin();
    }
    if (!padRecords(records, size_t(std::max<qsizetype>(header, 0)), m_options.maxCells)) {
        return failure(std::move(result),
                       Error::badInput(name + u':' + XlsxCellRef::quotedSheet(sheet->name)
                                       + u": the table has more than "
                                       + QString::number(m_options.maxCells) + u" cells"));
    }
    CsvFormat format;
    format.sheet = sheet->name;
    result.table = CsvTable(name, format, std::move(records), header);
    return result;
}

} // namespace sa
