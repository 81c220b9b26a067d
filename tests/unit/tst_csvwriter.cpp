#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void rowsAndOptions();
    void formulaGuardIsReversible_data();
    void formulaGuardIsReversible();
    void readsBackWhatItWrote();
    void savesAtomically();
};

void TestCsvWriter::cells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"HubSpot"_s << u"HubSpot"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("delimiter") << u"Acme, Inc."_s << u"\"Acme, Inc.\""_s;
    QTest::newRow("quotes doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("carriage return inside") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
    QTest::newRow("leading blank kept") << u" padded"_s << u"\" padded\""_s;
    QTest::newRow("trailing blank kept") << u"padded "_s << u"\"padded \""_s;
    QTest::newRow("other delimiter untouched") << u"a;b\tc"_s << u"a;b\tc"_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("formula =") << u"=SUM(A1:A2)"_s << u"'=SUM(A1:A2)"_s;
    QTest::newRow("formula +") << u"+1 555 0100"_s << u"'+1 555 0100"_s;
    QTest::newRow("formula -") << u"-5"_s << u"'-5"_s;
    QTest::newRow("formula @") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("formula after blanks") << u"  =1+1"_s << u"\"'  =1+1\""_s;
    QTest::newRow("formula after tab") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("tab start") << u"\tplain"_s << u"\"'\tplain\""_s;
    QTest::newRow("CR start") << u"\rplain"_s << u"\"'\rplain\""_s;
    QTest::newRow("formula with delimiter")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("apostrophe start untouched") << u"'Til Dawn"_s << u"'Til Dawn"_s;
}

void TestCsvWriter::cells()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);

    CsvWriter writer(CsvWriteOptions{false, false, u',', true});
    writer.writeRow({cell});
    QCOMPARE(QString::fromUtf8(writer.bytes()), written + u'\n');
}

void TestCsvWriter::rowsAndOptions()
{
    CsvWriter crlf;
    crlf.writeRow({u"name"_s, u"price"_s});
    crlf.writeRow({u"Zoë"_s, u"=1"_s});
    QCOMPARE(crlf.bytes(), QByteArray("name,price\r\nZo\xC3\xAB,'=1\r\n"));

    CsvWriter excel(CsvWriteOptions{true, true, u';', false});
    excel.writeRow({u"a;b"_s, u"=1"_s, u"c,d"_s});
    QCOMPARE(excel.bytes(), QByteArray("\xEF\xBB\xBF\"a;b\";=1;c,d\r\n"));

    CsvWriter tabs(CsvWriteOptions{false, false, u'\t', true});
    tabs.writeRow({u"a\tb"_s, u"c"_s});
    tabs.writeRow({});
    QCOMPARE(tabs.bytes(), QByteArray("\"a\tb\"\tc\n\n"));
}

void TestCsvWriter::formulaGuardIsReversible_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("unguarded");

    QTest::newRow("guarded formula") << u"'=SUM(A1)"_s << u"=SUM(A1)"_s;
    QTest::newRow("guarded blanks") << u"'  -3"_s << u"  -3"_s;
    QTest::newRow("guarded tab") << u"'\tx"_s << u"\tx"_s;
    QTest::newRow("plain apostrophe") << u"'Til Dawn"_s << u"'Til Dawn"_s;
    QTest::newRow("lone apostrophe") << u"'"_s << u"'"_s;
    QTest::newRow("no apostrophe") << u"=1"_s << u"=1"_s;
}

void TestCsvWriter::formulaGuardIsReversible()
{
    QFETCH(QString, cell);
    QFETCH(QString, unguarded);
    QCOMPARE(CsvWriter::withoutFormulaGuard(cell).toString(), unguarded);
}

void TestCsvWriter::readsBackWhatItWrote()
{
    const QList<QStringList> rows{{u"name"_s, u"notes"_s, u"price"_s},
                                  {u"Acme, Inc."_s, u"line one\nline \"two\""_s, u"=2*3"_s},
                                  {u" spaced "_s, QString(), u"-1"_s},
                                  {u"Ünïcödé 😀"_s, u"a;b\tc"_s, u"@x"_s}};
    CsvWriter writer(CsvWriteOptions{true, true, u',', true});
    for (const QStringList &row : rows)
        writer.writeRow(row);
    const CsvReadResult read = CsvReader().read(writer.bytes(), u"w.csv"_s);
    QCOMPARE(read.errors, QStringList());
    QCOMPARE(read.table.format().encoding, CsvEncoding::Utf8Bom);
    QCOMPARE(read.table.format().lineEnding, CsvLineEnding::CrLf);
    QCOMPARE(read.table.header(), rows[0]);
    QCOMPARE(read.table.rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            const QStringView cell = read.table.cell(r, c);
            QCOMPARE(CsvWriter::withoutFormulaGuard(cell).toString(), rows[r + 1][c]);
            QCOMPARE(cell.startsWith(u'\''), c == 2); // every price cell was neutralised
        }
    }
}

void TestCsvWriter::savesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CsvWriter writer(CsvWriteOptions{false, false, u',', true});
    writer.writeRow({u"a"_s, u"b"_s});
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(writer.save(path).ok());
    QCOMPARE(test::fileBytes(path), QByteArray("a,b\n"));

    const Status failed = writer.save(dir.filePath(u"missing/out.csv"_s));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Io);
    QVERIFY(
        failed.error().message.startsWith(dir.filePath(u"missing/out.csv"_s) + u": cannot write"));
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
