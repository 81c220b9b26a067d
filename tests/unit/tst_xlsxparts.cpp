#include "io/xlsxcellref.h"
#include "io/xlsxdateformat.h"
#include "io/xlsxpartdevice.h"
#include "io/xlsxworkbook.h"
#include "io/xlsxxml.h"
#include "testutil.h"

#include <QFile>
#include <QTest>

#include <minizip/unzip.h>

using namespace sa;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sa::XlsxDateFormat::Kind)
Q_DECLARE_METATYPE(sa::XlsxPartDevice::Failure)

// The small pieces of the XLSX reader, value by value: cell references, date formats
// and serials, OPC path resolution, OOXML escapes, the inflated-bytes budget.
class TestXlsxParts : public QObject
{
    Q_OBJECT

private slots:
    void cellReferences_data();
    void cellReferences();
    void columnNames();
    void locations();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void builtInFormats();
    void serials_data();
    void serials();
    void isoCells();
    void partPaths();
    void escapes();
    void inflatedBytesAreCounted_data();
    void inflatedBytesAreCounted();
};

void TestXlsxParts::cellReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("C7") << u"C7"_s << 7 << 3;
    QTest::newRow("lower case") << u"ab12"_s << 12 << 28;
    QTest::newRow("last cell") << u"XFD1048576"_s << 1'048'576 << 16'384;
    QTest::newRow("column past XFD") << u"XFE1"_s << 0 << 0;
    QTest::newRow("row past the last") << u"A1048577"_s << 0 << 0;
    QTest::newRow("row 0") << u"A0"_s << 0 << 0;
    QTest::newRow("leading zero") << u"A01"_s << 0 << 0;
    QTest::newRow("no row") << u"AB"_s << 0 << 0;
    QTest::newRow("no column") << u"12"_s << 0 << 0;
    QTest::newRow("absolute") << u"$A$1"_s << 0 << 0;
    QTest::newRow("four letters") << u"AAAA1"_s << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void TestXlsxParts::cellReferences()
{
    QFETCH(QString, text);
    const XlsxCellRef ref = XlsxCellRef::parse(text);
    QTEST(ref.row, "row");
    QTEST(ref.column, "column");
}

void TestXlsxParts::columnNames()
{
    QCOMPARE(XlsxCellRef::columnName(1), u"A"_s);
    QCOMPARE(XlsxCellRef::columnName(26), u"Z"_s);
    QCOMPARE(XlsxCellRef::columnName(27), u"AA"_s);
    QCOMPARE(XlsxCellRef::columnName(702), u"ZZ"_s);
    QCOMPARE(XlsxCellRef::columnName(703), u"AAA"_s);
    QCOMPARE(XlsxCellRef::columnName(16'384), u"XFD"_s);
    for (int c = 1; c <= XlsxCellRef::kMaxColumn; ++c)
        QCOMPARE(XlsxCellRef::parseColumn(XlsxCellRef::columnName(c)), c);
    QCOMPARE(XlsxCellRef::name(7, 3), u"C7"_s);
}

void TestXlsxParts::locations()
{
    QCOMPARE(XlsxCellRef::location(u"costs.xlsx"_s, u"Sheet1"_s, 7, 3), u"costs.xlsx:Sheet1!C7"_s);
    QCOMPARE(XlsxCellRef::location(u"costs.xlsx"_s, u"Q1 costs"_s, 2, 1),
             u"costs.xlsx:'Q1 costs'!A2"_s);
    QCOMPARE(XlsxCellRef::quotedSheet(u"Bob's"_s), u"'Bob''s'"_s);
    QCOMPARE(XlsxCellRef::quotedSheet(u"2024"_s), u"'2024'"_s);
    QCOMPARE(XlsxCellRef::quotedSheet(u"Données_2024"_s), u"Données_2024"_s);
}

void TestXlsxParts::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<XlsxDateFormat::Kind>("kind");
    using K = XlsxDateFormat::Kind;
    QTest::newRow("ISO") << u"yyyy-mm-dd"_s << K::Date;
    QTest::newRow("escaped dashes") << u"yyyy\\-mm\\-dd"_s << K::Date;
    QTest::newRow("European") << u"dd/mm/yyyy"_s << K::Date;
    QTest::newRow("month and year") << u"mmm-yy"_s << K::Date;
    QTest::newRow("month name alone") << u"mmmm"_s << K::Date;
    QTest::newRow("locale tag") << u"[$-409]mmmm d, yyyy;@"_s << K::Date;
    QTest::newRow("date and time") << u"m/d/yyyy h:mm"_s << K::DateTime;
    QTest::newRow("time with AM/PM") << u"h:mm AM/PM"_s << K::Time;
    QTest::newRow("minutes and seconds") << u"mm:ss"_s << K::Time;
    QTest::newRow("elapsed hours") << u"[h]:mm:ss"_s << K::None;
    QTest::newRow("General") << u"General"_s << K::None;
    QTest::newRow("money in quotes") << u"#,##0.00 \"EUR\""_s << K::None;
    QTest::newRow("days as literal text") << u"0 \"days\""_s << K::None;
    QTest::newRow("accounting") << u"_(\"$\"* #,##0.00_)"_s << K::None;
    QTest::newRow("colour, negative section") << u"[Red]0.00;[Blue]-0.00"_s << K::None;
    QTest::newRow("scientific") << u"0.00E+00"_s << K::None;
    QTest::newRow("escaped d") << u"0\\d"_s << K::None;
}

void TestXlsxParts::dateFormatCodes()
{
    QFETCH(QString, code);
    QTEST(XlsxDateFormat::fromCode(code), "kind");
}

void TestXlsxParts::builtInFormats()
{
    using K = XlsxDateFormat::Kind;
    QCOMPARE(XlsxDateFormat::builtIn(0), K::None);
    QCOMPARE(XlsxDateFormat::builtIn(4), K::None);
    QCOMPARE(XlsxDateFormat::builtIn(14), K::Date);
    QCOMPARE(XlsxDateFormat::builtIn(17), K::Date);
    QCOMPARE(XlsxDateFormat::builtIn(18), K::Time);
    QCOMPARE(XlsxDateFormat::builtIn(22), K::DateTime);
    QCOMPARE(XlsxDateFormat::builtIn(46), K::None); // [h]:mm:ss, a duration
    QCOMPARE(XlsxDateFormat::builtIn(49), K::None); // text
    QCOMPARE(XlsxDateFormat::builtIn(57), K::Date);
}

void TestXlsxParts::serials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<XlsxDateFormat::Kind>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    using K = XlsxDateFormat::Kind;
    QTest::newRow("1900: day 1") << 1.0 << K::Date << false << u"1900-01-01"_s;
    QTest::newRow("1900: last real February day") << 59.0 << K::Date << false << u"1900-02-28"_s;
    QTest::newRow("1900: the phantom 29 Feb") << 60.0 << K::Date << false << QString();
    QTest::newRow("1900: after the phantom") << 61.0 << K::Date << false << u"1900-03-01"_s;
    QTest::newRow("1900: 2024-03-01") << 45352.0 << K::Date << false << u"2024-03-01"_s;
    QTest::newRow("1900: day 0") << 0.0 << K::Date << false << QString();
    QTest::newRow("negative") << -1.0 << K::Date << false << QString();
    QTest::newRow("last day") << 2958465.0 << K::Date << false << u"9999-12-31"_s;
    QTest::newRow("past 9999") << 2958466.0 << K::Date << false << QString();
    QTest::newRow("1904: day 0") << 0.0 << K::Date << true << u"1904-01-01"_s;
    QTest::newRow("1904: 2024-03-01") << 43890.0 << K::Date << true << u"2024-03-01"_s;
    QTest::newRow("date of a date-time") << 45352.75 << K::Date << false << u"2024-03-01"_s;
    QTest::newRow("date-time") << 45352.75 << K::DateTime << false << u"2024-03-01 18:00:00"_s;
    QTest::newRow("date-time at midnight") << 45352.0 << K::DateTime << false << u"2024-03-01"_s;
    QTest::newRow("rounds to the next day")
        << 45352.999999999 << K::DateTime << false << u"2024-03-02"_s;
    QTest::newRow("time") << 0.5 << K::Time << false << u"12:00:00"_s;
    QTest::newRow("time of a date-time") << 45352.25 << K::Time << false << u"06:00:00"_s;
    QTest::newRow("not a date format") << 45352.0 << K::None << false << QString();
}

void TestXlsxParts::serials()
{
    QFETCH(double, serial);
    QFETCH(XlsxDateFormat::Kind, kind);
    QFETCH(bool, date1904);
    QTEST(XlsxDateFormat::text(serial, kind, date1904), "text");
}

void TestXlsxParts::isoCells()
{
    using K = XlsxDateFormat::Kind;
    QCOMPARE(XlsxDateFormat::isoText(u"2024-12-31T00:00:00"_s, K::Date), u"2024-12-31"_s);
    QCOMPARE(XlsxDateFormat::isoText(u"2024-12-31T08:30:00"_s, K::None), u"2024-12-31 08:30:00"_s);
    QCOMPARE(XlsxDateFormat::isoText(u"2024-12-31"_s, K::Date), u"2024-12-31"_s);
    QCOMPARE(XlsxDateFormat::isoText(u"08:30:00"_s, K::Time), u"08:30:00"_s);
    QCOMPARE(XlsxDateFormat::isoText(u"soon"_s, K::Date), u"soon"_s);
}

void TestXlsxParts::partPaths()
{
    QCOMPARE(XlsxWorkbook::resolve(u"xl/"_s, u"worksheets/sheet1.xml"),
             u"xl/worksheets/sheet1.xml"_s);
    QCOMPARE(XlsxWorkbook::resolve(u"xl/"_s, u"/xl/worksheets/s.xml"), u"xl/worksheets/s.xml"_s);
    QCOMPARE(XlsxWorkbook::resolve(u"xl/worksheets/"_s, u"../sharedStrings.xml"),
             u"xl/sharedStrings.xml"_s);
    QCOMPARE(XlsxWorkbook::resolve(u""_s, u"../../x.xml"), u"x.xml"_s);
    QCOMPARE(XlsxWorkbook::resolve(u"xl/"_s, u"./a/./b.xml"), u"xl/a/b.xml"_s);
}

void TestXlsxParts::escapes()
{
    QCOMPARE(XlsxXml::unescape(u"A_x000D_B"_s), u"A\rB"_s);
    QCOMPARE(XlsxXml::unescape(u"_x005F_x0041_"_s), u"_x0041_"_s);
    QCOMPARE(XlsxXml::unescape(u"_x00e9_t_x00E9_"_s), u"été"_s);
    QCOMPARE(XlsxXml::unescape(u"_x12_ _xZZZZ_ _x0041"_s), u"_x12_ _xZZZZ_ _x0041"_s);
    QCOMPARE(XlsxXml::unescape(u"plain"_s), u"plain"_s);
}

void TestXlsxParts::inflatedBytesAreCounted_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("inflated");
    QTest::addColumn<XlsxPartDevice::Failure>("failure");
    // The 20 MB sheet of blanks: the read stops one byte past a 1 MB budget, whatever the
    // zip headers declare.
    QTest::newRow("over budget") << u"ratio-bomb.xlsx"_s << qint64(1024 * 1024)
                                 << qint64(1024 * 1024 + 1) << XlsxPartDevice::Failure::OverBudget;
    QTest::newRow("within budget") << u"inline-strings.xlsx"_s << qint64(1024 * 1024) << qint64(-1)
                                   << XlsxPartDevice::Failure::None;
}

void TestXlsxParts::inflatedBytesAreCounted()
{
    QFETCH(QString, fixture);
    QFETCH(qint64, budget);
    QFETCH(qint64, inflated);
    unzFile zip = unzOpen64(QFile::encodeName(test::fixture(u"xlsx/" + fixture)).constData());
    QVERIFY(zip);
    QCOMPARE(unzLocateFile(zip, "xl/worksheets/sheet1.xml", 1), UNZ_OK);
    unz_file_info64 info{};
    QCOMPARE(unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0), UNZ_OK);
    QCOMPARE(unzOpenCurrentFile(zip), UNZ_OK);
    {
        XlsxPartDevice device(zip, budget);
        char buffer[16 * 1024];
        while (device.read(buffer, sizeof buffer) > 0) {
        }
        QTEST(device.failure(), "failure");
        QVERIFY(device.atEnd());
        QCOMPARE(device.bytesInflated(), inflated < 0 ? qint64(info.uncompressed_size) : inflated);
    }
    unzCloseCurrentFile(zip);
    unzClose(zip);
}

QTEST_APPLESS_MAIN(TestXlsxParts)
#include "tst_xlsxparts.moc"
