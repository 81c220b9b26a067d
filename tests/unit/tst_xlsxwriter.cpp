#include "io/xlsxarchive.h"
#include "io/xlsxreader.h"
#include "io/xlsxwriter.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <limits>

using namespace sa;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

// Writes workbooks with XlsxWriter and reads them back with XlsxReader (and, for the
// formatting, reads the parts libxlsxwriter wrote).
class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
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
    static XlsxWriter inventory(XlsxWriteOptions options = {})
    {
        XlsxWriter writer(options);
        writer.setHeader({u"Tool"_s,
                          u"Owner"_s,
                          u"Annual cost"_s,
                          u"Seats"_s,
                          u"Renewal"_s,
                          u"Notes"_s,
                          u"Command"_s});
        writer.writeRow({XlsxCell::ofText(u"HubSpot"_s),
                         XlsxCell::ofText(u"Zoë Ångström"_s),
                         XlsxCell::ofMoney(1250.5, u"USD"_s),
                         XlsxCell::ofNumber(12),
                         XlsxCell::ofDate(QDate(2024, 3, 1)),
                         XlsxCell(),
                         XlsxCell::ofText(u"=SUM(A1:A2)"_s)});
        writer.writeRow({XlsxCell::ofText(u"東京 CRM 🚀"_s),
                         XlsxCell(),
                         XlsxCell::ofMoney(99.99, u"EUR"_s),
                         XlsxCell::ofNumber(0.1 + 0.2),
                         XlsxCell::ofDate(QDate(1999, 12, 31)),
                         XlsxCell::ofText(u"two\nlines"_s),
                         XlsxCell::ofText(u"+1 555 0100"_s)});
        writer.writeRow({XlsxCell::ofText(u"Slack"_s),
                         XlsxCell::ofText(QString()),
                         XlsxCell::ofMoney(0, u"GBP"_s),
                         XlsxCell::ofNumber(-42.75),
                         XlsxCell(),
                         XlsxCell::ofText(u"  padded  "_s),
                         XlsxCell::ofText(u"@channel"_s)});
        return writer;
    }
    static QString part(const QString &path, const QString &name)
    {
        XlsxArchive archive;
        if (!archive.open(path, path))
            return {};
        const Expected<QByteArray> bytes = archive.readPart(name);
        return bytes ? QString::fromUtf8(*bytes) : QString();
    }

private slots:
    void roundTrip();
    void formatting();
    void textIsNeverAFormula();
    void moneyFormats_data();
    void moneyFormats();
    void sheetName();
    void badDataWritesNothing();
    void replacesAtomically();
    void fifteenThousandRows();
};

void TestXlsxWriter::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inventory.xlsx"_s);
    const Status saved = inventory().save(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    const XlsxReadResult read = XlsxReader().readFile(path, u"inventory.xlsx"_s);
    QCOMPARE(read.errors, QStringList());
    QCOMPARE(read.sheet, u"Sheet1"_s);
    QCOMPARE(read.table.header(),
             (QStringList{u"Tool"_s,
                          u"Owner"_s,
                          u"Annual cost"_s,
                          u"Seats"_s,
                          u"Renewal"_s,
                          u"Notes"_s,
                          u"Command"_s}));
    QCOMPARE(
        rowsOf(read.table),
        (Rows{{u"HubSpot"_s,
               u"Zoë Ångström"_s,
               u"1250.5"_s,
               u"12"_s,
               u"2024-03-01"_s,
               u""_s,
               u"'=SUM(A1:A2)"_s},
              {u"東京 CRM 🚀"_s,
               u""_s,
               u"99.99"_s,
               u"0.3"_s,
               u"1999-12-31"_s,
               u"two\nlines"_s,
               u"'+1 555 0100"_s},
              {u"Slack"_s, u""_s, u"0"_s, u"-42.75"_s, u""_s, u"  padded  "_s, u"'@channel"_s}}));
    QCOMPARE(read.table.location(read.table.position(2, 6)), u"inventory.xlsx:Sheet1!G4"_s);
}

void TestXlsxWriter::formatting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inventory.xlsx"_s);
    QVERIFY(inventory().save(path).ok());

    const QString sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    // Frozen header row.
    QVERIFY(sheet.contains(
        uR"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"_s));
    // Widths: the longest shown text + 2, at least 8 ("東京 CRM 🚀" is 9 UTF-16 units;
    // "Zoë Ångström" 12; "Annual cost" 11, + 1 for bold, + 1, over "$1,250.50"; "-42.75"
    // is under the minimum; a date 10; "'=SUM(A1:A2)" 12).
    const qsizetype cols = sheet.indexOf(u"<cols>");
    QCOMPARE(sheet.mid(cols, sheet.indexOf(u"</cols>") + 7 - cols),
             uR"(<cols><col min="1" max="1" width="11.7109375" customWidth="1"/>)"
             uR"(<col min="2" max="2" width="14.7109375" customWidth="1"/>)"
             uR"(<col min="3" max="3" width="15.7109375" customWidth="1"/>)"
             uR"(<col min="4" max="4" width="8.7109375" customWidth="1"/>)"
             uR"(<col min="5" max="5" width="12.7109375" customWidth="1"/>)"
             uR"(<col min="6" max="6" width="12.7109375" customWidth="1"/>)"
             uR"(<col min="7" max="7" width="14.7109375" customWidth="1"/></cols>)"_s);
    const QString styles = part(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains(u"<font><b/>"_s));
    QVERIFY(styles.contains(uR"(formatCode="yyyy\-mm\-dd")"_s)
            || styles.contains(uR"(formatCode="yyyy-mm-dd")"_s));
    QVERIFY(styles.contains(uR"(formatCode="&quot;$&quot;#,##0.00")"_s));
    QVERIFY(styles.contains(uR"(formatCode="#,##0.00 &quot;€&quot;")"_s));
}

void TestXlsxWriter::textIsNeverAFormula()
{
    QTemporaryDir dir;
    XlsxWriteOptions raw;
    raw.neutraliseFormulas = false;
    const QString guarded = dir.filePath(u"guarded.xlsx"_s);
    const QString unguarded = dir.filePath(u"unguarded.xlsx"_s);
    QVERIFY(inventory().save(guarded).ok());
    QVERIFY(inventory(raw).save(unguarded).ok());

    for (const QString &path : {guarded, unguarded}) {
        const QString sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(!sheet.contains(u"<f>"_s));
        QVERIFY(sheet.contains(uR"(<c r="G2" t="s">)"_s));
    }
    QVERIFY(part(guarded, u"xl/sharedStrings.xml"_s).contains(u"<t>'=SUM(A1:A2)</t>"_s));
    const XlsxReadResult read = XlsxReader().readFile(unguarded);
    QVERIFY(read.ok());
    QCOMPARE(read.table.cell(0, 6).toString(), u"=SUM(A1:A2)"_s);
    QCOMPARE(read.table.cell(1, 6).toString(), u"+1 555 0100"_s);
}

void TestXlsxWriter::moneyFormats_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("format");
    QTest::newRow("USD") << u"USD"_s << u"\"$\"#,##0.00"_s;
    QTest::newRow("EUR") << u"EUR"_s << u"#,##0.00 \"€\""_s;
    QTest::newRow("GBP") << u"gbp"_s << u"\"£\"#,##0.00"_s;
    QTest::newRow("JPY, no decimals") << u"JPY"_s << u"\"¥\"#,##0"_s;
    QTest::newRow("other code") << u"chf"_s << u"#,##0.00 \"CHF\""_s;
    QTest::newRow("quotes dropped") << u"X\"Y"_s << u"#,##0.00 \"XY\""_s;
    QTest::newRow("none") << QString() << u"#,##0.00"_s;
}

void TestXlsxWriter::moneyFormats()
{
    QFETCH(QString, currency);
    QTEST(XlsxWriter::moneyFormat(currency), "format");
}

void TestXlsxWriter::sheetName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"named.xlsx"_s);
    XlsxWriteOptions options;
    options.sheetName = u"Q1 inventory"_s;
    QVERIFY(inventory(options).save(path).ok());
    const XlsxReadResult read = XlsxReader().readFile(path, u"named.xlsx"_s);
    QCOMPARE(read.sheets, QStringList{u"Q1 inventory"_s});
    QCOMPARE(read.table.location(read.table.position(0, 0)), u"named.xlsx:'Q1 inventory'!A2"_s);
}

void TestXlsxWriter::badDataWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.xlsx"_s);

    XlsxWriter infinite;
    infinite.setHeader({u"Tool"_s, u"Seats"_s});
    infinite.writeRow(
        {XlsxCell::ofText(u"Zoom"_s), XlsxCell::ofNumber(std::numeric_limits<double>::infinity())});
    Status saved = infinite.save(path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, QString(path + u":Sheet1!B2: not a finite number"));

    XlsxWriter longText;
    longText.writeRow({XlsxCell::ofText(QString(40'000, u'x'))});
    saved = longText.save(path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message,
             QString(path
                     + u":Sheet1!A1: the text is longer than 32767 characters, the most "
                       u"a cell holds"));

    XlsxWriteOptions slash;
    slash.sheetName = u"a/b"_s;
    saved = XlsxWriter(slash).save(path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, QString(path + u": \"a/b\" cannot be a sheet name"));
    QCOMPARE(saved.error().kind, Error::Kind::BadInput);

    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    saved = inventory().save(dir.filePath(u"absent/folder/out.xlsx"_s));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Io);
}

void TestXlsxWriter::replacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    QVERIFY(inventory().save(path).ok());
    XlsxWriter other;
    other.setHeader({u"Only"_s});
    other.writeRow({XlsxCell::ofText(u"row"_s)});
    QVERIFY(other.save(path).ok());
    const XlsxReadResult read = XlsxReader().readFile(path);
    QCOMPARE(read.table.header(), QStringList{u"Only"_s});
    QCOMPARE(rowsOf(read.table), Rows{{u"row"_s}});
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.xlsx"_s});
    QCOMPARE(QFileInfo(path).permissions() & QFile::ReadOther, QFile::ReadOther);
}

void TestXlsxWriter::fifteenThousandRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.xlsx"_s);
    XlsxWriter writer;
    writer.setHeader({u"Tool"_s,
                      u"Vendor"_s,
                      u"Category"_s,
                      u"Annual cost"_s,
                      u"Seats"_s,
                      u"Renewal"_s,
                      u"Owner"_s,
                      u"Notes"_s});
    for (int i = 0; i < 15'000; ++i) {
        writer.writeRow({XlsxCell::ofText(u"Tool "_s + QString::number(i)),
                         XlsxCell::ofText(u"Vendor "_s + QString::number(i % 700)),
                         XlsxCell::ofText(u"Category "_s + QString::number(i % 40)),
                         XlsxCell::ofMoney(1000 + i * 0.25, u"USD"_s),
                         XlsxCell::ofNumber(i % 500),
                         XlsxCell::ofDate(QDate(2024, 1, 1).addDays(i % 730)),
                         XlsxCell::ofText(u"Owner "_s + QString::number(i % 90)),
                         XlsxCell::ofText(i % 3 ? QString() : u"renews yearly"_s)});
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writer.save(path).ok());
    const qint64 writeMs = timer.restart();
    const std::clock_t cpu = std::clock();
    const XlsxReadResult read = XlsxReader().readFile(path);
    const qint64 readMs = timer.elapsed();
    const double readCpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
    qInfo("15,000 rows x 8 columns: wrote %lld KB in %lld ms; read in %lld ms (%.0f ms CPU)",
          QFileInfo(path).size() / 1024,
          writeMs,
          readMs,
          readCpuMs);
    QCOMPARE(read.errors, QStringList());
    QCOMPARE(read.table.rowCount(), 15'000);
    QCOMPARE(read.table.columnCount(), 8);
    QCOMPARE(read.table.cell(14'999, 0).toString(), u"Tool 14999"_s);
    QCOMPARE(read.table.cell(14'999, 3).toString(), u"4749.75"_s);
    QCOMPARE(read.table.cell(14'999, 5).toString(),
             u"2025-02-03"_s); // 2024-01-01 + 14999 % 730 days
    QCOMPARE(read.table.cell(14'998, 7).toString(), u""_s);
    QCOMPARE(read.table.location(read.table.position(14'999, 7)),
             QString(path + u":Sheet1!H15001"));
}

QTEST_APPLESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
