#include "io/xlsxreader.h"
#include "testutil.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

Q_DECLARE_METATYPE(sa::XlsxReadOptions)

// Reads the workbooks of tests/fixtures/xlsx (written by make_fixtures.py there): what
// each feature reads as, where each cell is, and the exact error for each hostile file.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    static XlsxReadResult readFixture(const QString &name, XlsxReadOptions options = {})
    {
        return XlsxReader(options).readFile(test::fixture(u"xlsx/" + name), name);
    }
    static Rows rowsOf(const CsvTable &table)
    {
        Rows rows;
        for (int r = 0; r < table.rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < table.columnCount(); ++c)
                row << table.cell(r, c).toString();
            rows << row;
        }
        return rows;
    }

private slots:
    void reads_data();
    void reads();
    void cellPositions();
    void sheetsByName_data();
    void sheetsByName();
    void headerOptions();
    void valueErrors();
    void hostileFiles_data();
    void hostileFiles();
    void caps_data();
    void caps();
    void missingFileIsAnIoError();
};

void TestXlsxReader::reads_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("shared strings, numbers, booleans, formula, error, merged")
        << u"shared-strings.xlsx"_s << u"Costs"_s << 1
        << QStringList{u"Tool"_s, u"Annual cost"_s, u"Seats"_s, u"Active"_s}
        << Rows{{u"HubSpot"_s, u"1250.5"_s, u"12"_s, u"TRUE"_s},
                {u"Salesforce"_s, u"0.3"_s, u"100"_s, u"FALSE"_s},
                {u"Zürich Analytics 東京 🚀"_s, u"1000"_s, u"1250.8"_s, u"#N/A"_s},
                {u"Total"_s, u""_s, u""_s, u""_s}};
    QTest::newRow("inline strings, implicit positions, formula string")
        << u"inline-strings.xlsx"_s << u"Sheet1"_s << 1
        << QStringList{u"Tool"_s, u"Owner"_s, u"Cost"_s}
        << Rows{{u" Marketo "_s, u"Ana&Bo"_s, u"-42"_s},
                {u"HubSpot"_s, u"Ünïcødé ✓"_s, u"1.5e-07"_s},
                {u"7"_s, u"1.5"_s, u"0"_s},
                {u"1e-05"_s, u"0.0001"_s, u"1.23456789012346e+17"_s}};
    QTest::newRow("date formats: built-in, custom, date-time, time; money and elapsed are not")
        << u"dates.xlsx"_s << u"Sheet1"_s << 1
        << QStringList{u"Tool"_s,
                       u"Renewal"_s,
                       u"Signed"_s,
                       u"Updated"_s,
                       u"Cost"_s,
                       u"Elapsed"_s,
                       u"At"_s,
                       u"Ends"_s}
        << Rows{{u"A"_s,
                 u"2024-03-01"_s,
                 u"2024-03-01"_s,
                 u"2024-03-01 12:00:00"_s,
                 u"1234.5"_s,
                 u"1.5"_s,
                 u"18:00:00"_s,
                 u"2025-12-31"_s},
                {u"B"_s,
                 u"1900-03-01"_s,
                 u"1900-02-28"_s,
                 u"2024-03-01"_s,
                 u"0"_s,
                 u"0.5"_s,
                 u"12:00:00"_s,
                 u"2024-12-31"_s},
                {u"C"_s, u"60"_s, u"-1"_s, u"1900-01-01"_s, u""_s, u""_s, u""_s, u""_s}};
    QTest::newRow("1904 date system")
        << u"date1904.xlsx"_s << u"Sheet1"_s << 1 << QStringList{u"Tool"_s, u"Renewal"_s}
        << Rows{{u"Epoch"_s, u"1904-01-01"_s},
                {u"Leap"_s, u"1904-02-29"_s},
                {u"Renewal"_s, u"2024-03-01"_s}};
    QTest::newRow("gaps in rows, empty rows and valueless cells")
        << u"gaps.xlsx"_s << u"Sheet1"_s << 1
        << QStringList{u"Tool"_s, u"Owner"_s, u"Cost"_s, u"Notes"_s}
        << Rows{{u"Slack"_s, u""_s, u"800"_s, u""_s},
                {u""_s, u""_s, u"150"_s, u""_s},
                {u"Asana"_s, u""_s, u""_s, u"yearly"_s}};
    QTest::newRow("rich text runs, phonetic guide, _xHHHH_ escapes")
        << u"rich-text.xlsx"_s << u"Sheet1"_s << 1 << QStringList{u"Product"_s}
        << Rows{{u"HubSpot CRM"_s}, {u"東京"_s}, {u"Line\rbreak"_s}, {u"_x0041_"_s}};
    QTest::newRow("title above the header, header over a mostly empty column")
        << u"title-rows.xlsx"_s << u"Sheet1"_s << 3
        << QStringList{u"Tool"_s, u"Annual cost"_s, u"Seats"_s, u"Owner"_s, u"Notes"_s}
        << Rows{{u"Miro"_s, u"1200"_s, u"10"_s, u"Design"_s, u""_s},
                {u"Canva"_s, u"300"_s, u"5"_s, u"Design"_s, u"renewing"_s},
                {u"Loom"_s, u"150"_s, u"2"_s, u"Design"_s, u""_s}};
    QTest::newRow("first visible sheet of three")
        << u"two-sheets.xlsx"_s << u"Summary"_s << 1 << QStringList{u"Metric"_s, u"Value"_s}
        << Rows{{u"Tools"_s, u"2"_s}};
}

void TestXlsxReader::reads()
{
    QFETCH(QString, fixture);
    const XlsxReadResult result = readFixture(fixture);
    QCOMPARE(result.errors, QStringList());
    QTEST(result.sheet, "sheet");
    QTEST(result.table.format().sheet, "sheet");
    QTEST(result.table.format().headerLine, "headerLine");
    QTEST(result.table.header(), "header");
    QTEST(rowsOf(result.table), "rows");
    QCOMPARE(result.table.fileName(), fixture);
}

void TestXlsxReader::cellPositions()
{
    const XlsxReadResult gaps = readFixture(u"gaps.xlsx"_s);
    QVERIFY(gaps.ok());
    const CsvTable &t = gaps.table;
    QCOMPARE(t.position(0, 1), (CsvPosition{2, 2})); // the gap B2
    QCOMPARE(t.location(t.position(0, 1)), u"gaps.xlsx:Sheet1!B2"_s);
    QCOMPARE(t.location(t.position(1, 0)), u"gaps.xlsx:Sheet1!A3"_s);
    QCOMPARE(t.location(t.position(2, 3)), u"gaps.xlsx:Sheet1!D6"_s);
    QCOMPARE(t.location(t.position(2, 2)), u"gaps.xlsx:Sheet1!C6"_s);    // padding after a gap
    QCOMPARE(t.location(t.position(2, 3, 4)), u"gaps.xlsx:Sheet1!D6"_s); // offsets stay in the cell
    QCOMPARE(t.location(t.headerPosition(3)), u"gaps.xlsx:Sheet1!D1"_s);
    QCOMPARE(t.rowLine(2), 6);
    QCOMPARE(t.columnIndex(u" notes "), 3);

    XlsxReadOptions q1;
    q1.sheet = u"Q1 costs"_s;
    const XlsxReadResult quoted = readFixture(u"two-sheets.xlsx"_s, q1);
    QVERIFY(quoted.ok());
    QCOMPARE(quoted.table.location(quoted.table.position(1, 1)),
             u"two-sheets.xlsx:'Q1 costs'!B3"_s);
}

void TestXlsxReader::sheetsByName_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("error");

    QTest::newRow("case-insensitive")
        << u"q1 COSTS"_s << u"Q1 costs"_s << Rows{{u"Figma"_s, u"540"_s}, {u"Notion"_s, u"96"_s}}
        << QString();
    QTest::newRow("hidden, by name") << u"Lookup"_s << u"Lookup"_s << Rows{{u"1"_s}} << QString();
    QTest::newRow("missing") << u"Budget"_s << QString() << Rows{}
                             << u"two-sheets.xlsx: no sheet named \"Budget\"; the workbook has: "
                                u"Lookup, Summary, Q1 costs"_s;
}

void TestXlsxReader::sheetsByName()
{
    QFETCH(QString, wanted);
    QFETCH(QString, error);
    XlsxReadOptions options;
    options.sheet = wanted;
    const XlsxReadResult result = readFixture(u"two-sheets.xlsx"_s, options);
    QCOMPARE(result.sheets, (QStringList{u"Lookup"_s, u"Summary"_s, u"Q1 costs"_s}));
    QCOMPARE(result.errors, error.isEmpty() ? QStringList() : QStringList{error});
    QTEST(result.sheet, "sheet");
    QTEST(rowsOf(result.table), "rows");
}

void TestXlsxReader::headerOptions()
{
    XlsxReadOptions none;
    none.headerRow = -1;
    const XlsxReadResult noHeader = readFixture(u"title-rows.xlsx"_s, none);
    QVERIFY(noHeader.ok());
    QCOMPARE(
        noHeader.table.header(),
        (QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s, u"Column 4"_s, u"Column 5"_s}));
    QCOMPARE(noHeader.table.rowCount(), 5);
    QCOMPARE(rowsOf(noHeader.table).first(),
             (QStringList{u"Software spend FY24"_s, u""_s, u""_s, u""_s, u""_s}));
    QCOMPARE(noHeader.table.format().headerLine, 0);

    XlsxReadOptions row4;
    row4.headerRow = 4;
    const XlsxReadResult fourth = readFixture(u"title-rows.xlsx"_s, row4);
    QVERIFY(fourth.ok());
    QCOMPARE(fourth.table.header(),
             (QStringList{u"Miro"_s, u"1200"_s, u"10"_s, u"Design"_s, u"Column 5"_s}));
    QCOMPARE(fourth.table.rowCount(), 2);

    XlsxReadOptions row2;
    row2.headerRow = 2;
    QCOMPARE(readFixture(u"title-rows.xlsx"_s, row2).errors,
             QStringList{u"title-rows.xlsx:Sheet1!A2: row 2 is empty; it cannot be the header"_s});
}

void TestXlsxReader::valueErrors()
{
    const QStringList all{
        u"bad-values.xlsx:Sheet1!A2: shared string 7 does not exist (the workbook has 3)"_s,
        u"bad-values.xlsx:Sheet1!B3: \"abc\" is not a number"_s,
        u"bad-values.xlsx:Sheet1!C3: \"2\" is not a boolean (0 or 1)"_s,
        u"bad-values.xlsx:Sheet1!A4: unknown cell type \"z\""_s,
    };
    const XlsxReadResult result = readFixture(u"bad-values.xlsx"_s);
    QCOMPARE(result.errors, all);
    QCOMPARE(result.errorKind, Error::Kind::BadInput);
    QCOMPARE(result.table.rowCount(), 0);

    XlsxReadOptions two;
    two.maxErrors = 2;
    QCOMPARE(readFixture(u"bad-values.xlsx"_s, two).errors,
             (QStringList{all[0],
                          all[1],
                          u"bad-values.xlsx:Sheet1!C3: too many errors; stopped after 2"_s}));
}

void TestXlsxReader::hostileFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");

    QTest::newRow("CSV renamed") << u"not-a-zip.xlsx"_s
                                 << u"not-a-zip.xlsx: not an XLSX workbook: the file is not a zip "
                                    u"archive"_s;
    QTest::newRow("old .xls") << u"legacy-xls.xlsx"_s
                              << u"legacy-xls.xlsx: not an XLSX workbook: this is an Excel "
                                 u"97-2003 (.xls) file or a password-protected workbook; save it "
                                 u"as .xlsx without a password, or as CSV"_s;
    QTest::newRow("zip bomb") << u"zip-bomb.xlsx"_s
                              << u"zip-bomb.xlsx:xl/worksheets/sheet1.xml: inflates past the "
                                 u"limit of 200 MB per workbook; refusing a possible zip bomb"_s;
    QTest::newRow("ratio bomb") << u"ratio-bomb.xlsx"_s
                                << u"ratio-bomb.xlsx:xl/worksheets/sheet1.xml: compressed more "
                                   u"than 250 to 1; refusing a possible zip bomb"_s;
    QTest::newRow("billion laughs")
        << u"billion-laughs.xlsx"_s
        << u"billion-laughs.xlsx:xl/worksheets/sheet1.xml:13:2: a DOCTYPE declaration is not "
           u"allowed in a workbook part (it could define expanding entities)"_s;
    QTest::newRow("truncated") << u"truncated.xlsx"_s
                               << u"truncated.xlsx: the XLSX file is damaged or truncated (its zip "
                                  u"directory is missing or unreadable)"_s;
    QTest::newRow("malformed sheet")
        << u"malformed-sheet.xlsx"_s
        << u"malformed-sheet.xlsx:xl/worksheets/sheet1.xml:3:35: malformed XML: Opening and "
           u"ending tag mismatch."_s;
    QTest::newRow("checksum") << u"checksum.xlsx"_s
                              << u"checksum.xlsx:xl/worksheets/sheet1.xml: the zip archive is "
                                 u"damaged (checksum mismatch)"_s;
    QTest::newRow("binary workbook")
        << u"binary-workbook.xlsx"_s
        << u"binary-workbook.xlsx: not an XLSX workbook: this is a binary workbook (.xlsb); save "
           u"it as .xlsx or as CSV"_s;
    QTest::newRow("zip without a workbook")
        << u"no-workbook.xlsx"_s
        << u"no-workbook.xlsx: not an XLSX workbook: it has no workbook part (xl/workbook.xml)"_s;
}

void TestXlsxReader::hostileFiles()
{
    QFETCH(QString, fixture);
    const XlsxReadResult result = readFixture(fixture);
    QTEST(result.errors.join(u'\n'), "error");
    QCOMPARE(result.errorKind, Error::Kind::BadInput);
    QCOMPARE(result.table.rowCount(), 0);
    QCOMPARE(result.table.columnCount(), 0);
}

void TestXlsxReader::caps_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<XlsxReadOptions>("options");
    QTest::addColumn<QString>("error");

    XlsxReadOptions rows;
    rows.maxRows = 3;
    QTest::newRow("rows") << u"shared-strings.xlsx"_s << rows
                          << u"shared-strings.xlsx:Costs!A4: the sheet has more than 3 rows"_s;
    XlsxReadOptions columns;
    columns.maxColumns = 3;
    QTest::newRow("columns") << u"shared-strings.xlsx"_s << columns
                             << u"shared-strings.xlsx:Costs!D1: the sheet has more than 3 "
                                u"columns"_s;
    XlsxReadOptions cells;
    cells.maxCells = 10;
    QTest::newRow("cells") << u"shared-strings.xlsx"_s << cells
                           << u"shared-strings.xlsx:Costs!C3: the sheet has more than 10 cells"_s;
    XlsxReadOptions padded;
    padded.maxCells = 19; // 19 cells as written; the padded table needs 4 rows x 5 columns
    QTest::newRow("padded cells") << u"title-rows.xlsx"_s << padded
                                  << u"title-rows.xlsx:Sheet1: the table has more than 19 cells"_s;
    XlsxReadOptions strings;
    strings.maxSharedStrings = 5;
    QTest::newRow("shared strings") << u"shared-strings.xlsx"_s << strings
                                    << u"shared-strings.xlsx:xl/sharedStrings.xml:2:214: more "
                                       u"than 5 shared strings"_s;
    XlsxReadOptions bytes;
    bytes.archive.maxInflatedBytes = 2 * 1024 * 1024;
    bytes.archive.maxCompressionRatio = 100'000;
    QTest::newRow("inflated bytes, ratio allowed")
        << u"ratio-bomb.xlsx"_s << bytes
        << u"ratio-bomb.xlsx:xl/worksheets/sheet1.xml: inflates past the limit of 2 MB per "
           u"workbook; refusing a possible zip bomb"_s;
}

void TestXlsxReader::caps()
{
    QFETCH(QString, fixture);
    QFETCH(XlsxReadOptions, options);
    const XlsxReadResult result = readFixture(fixture, options);
    QTEST(result.errors.join(u'\n'), "error");
    QCOMPARE(result.table.rowCount(), 0);
}

void TestXlsxReader::missingFileIsAnIoError()
{
    const QString path = test::fixture(u"xlsx/absent.xlsx"_s);
    const XlsxReadResult result = XlsxReader().readFile(path);
    QCOMPARE(result.errorKind, Error::Kind::Io);
    QCOMPARE(result.errors,
             QStringList{path + u": cannot read the file: No such file or directory"});
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
