#include "xlsxsheetparser.h"

#include "xlsxcellref.h"
#include "xlsxxml.h"

#include <cmath>
#include <limits>

namespace sa {

namespace {

constexpr qsizetype kMaxText = std::numeric_limits<qint32>::max();

// Numbers as Excel shows them in General format: 15 significant digits, so the binary
// noise of 0.1 + 0.2 does not reach the importer; integers without a decimal point.
QString numberText(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// True when numberText() would give the text back unchanged ("1250.5", "-42", "0.003"),
// so the common cell skips parsing and formatting: at most 15 significant digits, no
// exponent, no leading or trailing zeros, no "-0".
bool isPlainNumber(QStringView v)
{
    const auto digits = [&](qsizetype from) {
        qsizetype i = from;
        while (i < v.size() && v[i] >= u'0' && v[i] <= u'9')
            ++i;
        return i - from;
    };
    const qsizetype start = v.startsWith(u'-') ? 1 : 0;
    const qsizetype whole = digits(start);
    if (whole == 0 || (whole > 1 && v[start] == u'0'))
        return false;
    const bool zero = whole == 1 && v[start] == u'0';
    if (start + whole == v.size())
        return !zero ? whole <= 15 : start == 0;
    if (v[start + whole] != u'.')
        return false;
    const qsizetype fraction = digits(start + whole + 1);
    if (fraction == 0 || start + whole + 1 + fraction != v.size() || v.back() == u'0')
        return false;
    if (!zero)
        return whole + fraction <= 15;
    qsizetype leadingZeros = 0;
    while (v[start + whole + 1 + leadingZeros] == u'0')
        ++leadingZeros;
    return leadingZeros < 4 && fraction - leadingZeros <= 15;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(QString fileName,
                                 QString sheetName,
                                 const XlsxReadOptions &options,
                                 const XlsxStyles &styles,
                                 bool date1904,
                                 XlsxSharedStrings strings)
    : m_fileName(std::move(fileName))
    , m_sheetName(std::move(sheetName))
    , m_options(options)
    , m_styles(styles)
    , m_date1904(date1904)
    , m_strings(std::move(strings.spans))
{
    m_records.text = std::move(strings.text);
}

void XlsxSheetParser::parse(QXmlStreamReader &xml)
{
    while (!m_stopped && XlsxXml::next(xml)) {
        if (xml.isStartElement() && xml.name() == u"row")
            parseRow(xml);
    }
}

void XlsxSheetParser::parseRow(QXmlStreamReader &xml)
{
    const QStringView number = XlsxXml::attribute(xml, u"r");
    int row = m_row + 1;
    if (!number.isEmpty()) {
        bool ok = false;
        row = number.toInt(&ok);
        if (!ok || row <= m_row || row > XlsxCellRef::kMaxRow) {
            xml.raiseError(u"row number \"" + number.toString() + u"\" is invalid or out of order");
            return;
        }
    }
    m_row = row;
    m_column = 0;
    CsvRecords::Record record{quint32(m_records.cells.size()), 0, quint32(row), 1};
    while (!m_stopped && XlsxXml::next(xml)) {
        if (xml.isEndElement())
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c")
            parseCell(xml, record);
        else
            xml.skipCurrentElement();
    }
    if (record.cellCount > 0)
        m_records.records.push_back(record);
}

void XlsxSheetParser::parseCell(QXmlStreamReader &xml, CsvRecords::Record &record)
{
    // The attributes' copy keeps the views valid; one lookup pass for the three of them.
    const QXmlStreamAttributes attributes = xml.attributes();
    QStringView reference, type, style;
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"r")
            reference = a.value();
        else if (a.name() == u"t")
            type = a.value();
        else if (a.name() == u"s")
            style = a.value();
    }
    int column = m_column + 1;
    if (!reference.isEmpty()) {
        const XlsxCellRef at = XlsxCellRef::parse(reference);
        if (!at.isValid() || at.row != m_row || at.column <= m_column) {
            xml.raiseError(u"cell reference \"" + reference.toString()
                           + u"\" is invalid, not in row " + QString::number(m_row)
                           + u", or out of order");
            return;
        }
        column = at.column;
    } else if (column > XlsxCellRef::kMaxColumn) {
        xml.raiseError(u"row " + QString::number(m_row) + u" has more cells than Excel allows");
        return;
    }
    m_column = column;
    bool inValue = false;
    m_value.resize(0); // keeps its capacity: no allocation per cell
    while (XlsxXml::next(xml)) {
        if (xml.isCharacters()) {
            if (inValue)
                m_value += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.name() == u"v")
                inValue = true;
            else if (xml.name() == u"is")
                m_value = XlsxXml::richText(xml);
            else
                xml.skipCurrentElement(); // <f>: the cached value <v> is what Excel shows
        } else if (xml.isEndElement()) {
            if (!inValue)
                break;
            inValue = false;
        }
    }
    if (!xml.hasError() && !m_value.isEmpty())
        store(record, type, style.toInt(), m_value);
}

void XlsxSheetParser::store(CsvRecords::Record &record,
                            QStringView type,
                            int style,
                            QStringView value)
{
    if (type == u"s") {
        bool ok = false;
        const qint64 index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= qint64(m_strings.size())) {
            cellError(u"shared string " + value.toString() + u" does not exist (the workbook has "
                      + QString::number(m_strings.size()) + u')');
            return;
        }
        addSpan(record, m_strings[size_t(index)].offset, m_strings[size_t(index)].size);
    } else if (type == u"inlineStr" || type == u"e") {
        addText(record, value);
    } else if (type == u"str") {
        addText(record, XlsxXml::unescape(value.toString()));
    } else if (type == u"b") {
        if (value != u"0" && value != u"1")
            cellError(u"\"" + value.toString() + u"\" is not a boolean (0 or 1)");
        else
            addText(record, value == u"1" ? u"TRUE" : u"FALSE");
    } else if (type == u"d") {
        addText(record,
                XlsxDateFormat::isoText(value.trimmed().toString(), m_styles.dateKind(style)));
    } else if (type.isEmpty() || type == u"n") {
        const XlsxDateFormat::Kind kind = m_styles.dateKind(style);
        if (kind == XlsxDateFormat::Kind::None && isPlainNumber(value)) {
            addText(record, value);
            return;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            cellError(u"\"" + value.toString() + u"\" is not a number");
            return;
        }
        const QString date = XlsxDateFormat::text(number, kind, m_date1904);
        addText(record, date.isNull() ? numberText(number) : date);
    } else {
        cellError(u"unknown cell type \"" + type.toString() + u'"');
    }
}

void XlsxSheetParser::addText(CsvRecords::Record &record, QStringView text)
{
    if (text.isEmpty())
        return;
    if (m_records.text.size() + text.size() > kMaxText) {
        stop(QStringLiteral("the sheet holds more text than the reader accepts"));
        return;
    }
    const quint32 offset = quint32(m_records.text.size());
    m_records.text += text;
    addSpan(record, offset, quint32(text.size()));
}

void XlsxSheetParser::addSpan(CsvRecords::Record &record, quint32 offset, quint32 size)
{
    if (size == 0)
        return;
    if (m_row > m_options.maxRows) {
        stop(u"the sheet has more than " + QString::number(m_options.maxRows) + u" rows");
        return;
    }
    if (m_column > m_options.maxColumns) {
        stop(u"the sheet has more than " + QString::number(m_options.maxColumns) + u" columns");
        return;
    }
    const quint32 row = quint32(m_row);
    const quint32 column = quint32(m_column);
    if (qint64(m_records.cells.size()) + (column - record.cellCount) > m_options.maxCells) {
        stop(u"the sheet has more than " + QString::number(m_options.maxCells) + u" cells");
        return;
    }
    for (quint32 gap = record.cellCount + 1; gap < column; ++gap)
        m_records.cells.push_back(CsvRecords::Cell{0, 0, row, gap});
    m_records.cells.push_back(CsvRecords::Cell{offset, size, row, column});
    record.cellCount = column;
    record.endColumn = column + 1;
}

void XlsxSheetParser::cellError(const QString &message)
{
    const QString where = XlsxCellRef::location(m_fileName, m_sheetName, m_row, m_column);
    if (m_errors.size() == m_options.maxErrors) {
        stop(u"too many errors; stopped after " + QString::number(m_options.maxErrors));
        return;
    }
    m_errors << where + u": " + message;
}

void XlsxSheetParser::stop(const QString &message)
{
    m_errors << XlsxCellRef::location(m_fileName, m_sheetName, m_row, m_column) + u": " + message;
    m_stopped = true;
}

} // namespace sa
