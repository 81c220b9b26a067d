#pragma once

#include "csvrecords.h"
#include "xlsxreader.h"
#include "xlsxsharedstrings.h"
#include "xlsxstyles.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace sa {

// Turns a worksheet part (<sheetData><row><c>...) into CsvRecords as it streams by: a
// record per row with a value, a cell per column from A to the row's last value (gaps
// become empty cells), each cell's text as Excel shows it and its position as line =
// row, column = column. The shared strings' buffer becomes the records' text, and shared
// cells point into it. Structural damage (rows or cells out of order, bad references)
// is an XML error at its position; a bad value is an error at its cell, and parsing
// goes on up to maxErrors; passing a cap stops it.
class XlsxSheetParser
{
public:
    XlsxSheetParser(QString fileName,
                    QString sheetName,
                    const XlsxReadOptions &options,
                    const XlsxStyles &styles,
                    bool date1904,
                    XlsxSharedStrings strings);

    void parse(QXmlStreamReader &xml);

    const QStringList &errors() const { return m_errors; }
    CsvRecords takeRecords() { return std::move(m_records); }

private:
    void parseRow(QXmlStreamReader &xml);
    void parseCell(QXmlStreamReader &xml, CsvRecords::Record &record);
    void store(CsvRecords::Record &record, QStringView type, int style, QStringView value);
    void addText(CsvRecords::Record &record, QStringView text);
    void addSpan(CsvRecords::Record &record, quint32 offset, quint32 size);
    void cellError(const QString &message);
    void stop(const QString &message);

    QString m_fileName;
    QString m_sheetName;
    const XlsxReadOptions &m_options;
    const XlsxStyles &m_styles;
    bool m_date1904;
    std::vector<XlsxSharedStrings::Span> m_strings;
    CsvRecords m_records;
    QString m_value; // the current cell's <v>, reused
    QStringList m_errors;
    int m_row = 0; // the current row and cell's column
    int m_column = 0;
    bool m_stopped = false;
};

} // namespace sa
