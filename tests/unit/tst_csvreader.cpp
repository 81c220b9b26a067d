#include "io/csvreader.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sa::CsvEncoding)
Q_DECLARE_METATYPE(sa::CsvLineEnding)

using Rows = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static CsvReadResult readFixture(const QString &name, CsvReadOptions options = {})
    {
        return CsvReader(options).read(test::fileBytes(test::fixture(u"csv/" + name)), name);
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
    void errors_data();
    void errors();
    void fieldPositions();
    void optionsOverrideDetection();
    void readFileNamesThePath();
    void missingFileIsAnIoError();
    void hugeFieldAndLargeFile();
    void mangledInputNeverCrashes();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<CsvLineEnding>("lineEnding");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("rowLines");

    const QStringList nvs{u"Name"_s, u"Vendor"_s, u"Seats"_s};
    const Rows brevo{{u"Brevo Pró"_s, u"Brevo"_s, u"5"_s}, {u"Zoë CRM"_s, u"Zoë"_s, u"3"_s}};
    const QList<int> lines23{2, 3};
    QTest::newRow("utf-8 with BOM") << u"utf8-bom.csv"_s << CsvEncoding::Utf8Bom << QChar(u',')
                                    << CsvLineEnding::Lf << 1 << nvs << brevo << lines23;
    QTest::newRow("utf-8 without BOM") << u"utf8-plain.csv"_s << CsvEncoding::Utf8 << QChar(u',')
                                       << CsvLineEnding::Lf << 1 << nvs << brevo << lines23;
    QTest::newRow("utf-16 LE BOM") << u"utf16le-bom.csv"_s << CsvEncoding::Utf16LE << QChar(u',')
                                   << CsvLineEnding::CrLf << 1 << nvs << brevo << lines23;
    QTest::newRow("utf-16 BE BOM") << u"utf16be-bom.csv"_s << CsvEncoding::Utf16BE << QChar(u',')
                                   << CsvLineEnding::CrLf << 1 << nvs << brevo << lines23;
    QTest::newRow("utf-16 LE no BOM")
        << u"utf16le-nobom.csv"_s << CsvEncoding::Utf16LE << QChar(u',') << CsvLineEnding::CrLf << 1
        << nvs << brevo << lines23;
    QTest::newRow("utf-16 BE no BOM")
        << u"utf16be-nobom.csv"_s << CsvEncoding::Utf16BE << QChar(u',') << CsvLineEnding::CrLf << 1
        << nvs << brevo << lines23;
    QTest::newRow("windows-1252") << u"windows1252.csv"_s << CsvEncoding::Windows1252 << QChar(u';')
                                  << CsvLineEnding::CrLf << 1
                                  << QStringList{u"Name"_s, u"Vendor"_s, u"Price"_s}
                                  << Rows{{u"Brevo Pró"_s, u"Brevo"_s, u"€ 1.250,50"_s},
                                          {u"Zoë CRM"_s, u"Zoë"_s, u"“quote”"_s}}
                                  << lines23;
    // Comma splits every data row in two but not the header: 3 consistent rows of 4.
    QTest::newRow("semicolon, decimal commas")
        << u"semicolon-decimal-comma.csv"_s << CsvEncoding::Utf8 << QChar(u';') << CsvLineEnding::Lf
        << 1 << QStringList{u"Tool"_s, u"Annual cost"_s, u"Seats"_s}
        << Rows{{u"HubSpot"_s, u"12.500,00"_s, u"10"_s},
                {u"Slack"_s, u"1.250,50"_s, u"25"_s},
                {u"Zoom"_s, u"99,90"_s, u"3"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("tabs") << u"tabs.csv"_s << CsvEncoding::Utf8 << QChar(u'\t') << CsvLineEnding::Lf
                          << 1 << QStringList{u"Tool"_s, u"Owner"_s, u"Cost"_s}
                          << Rows{{u"Jira"_s, u"IT, Engineering"_s, u"1,200"_s},
                                  {u"Miro"_s, u"Design"_s, u"3,000"_s}}
                          << lines23;
    QTest::newRow("quoted newlines and escapes")
        << u"quoted-newlines.csv"_s << CsvEncoding::Utf8 << QChar(u',') << CsvLineEnding::Lf << 1
        << QStringList{u"name"_s, u"description"_s}
        << Rows{{u"Acme"_s, u"Line one\nLine two, with comma"_s}, {u"Beta"_s, u"He said \"hi\""_s}}
        << QList<int>{2, 4};
    QTest::newRow("CRLF, quoted CRLF becomes LF")
        << u"crlf.csv"_s << CsvEncoding::Utf8 << QChar(u',') << CsvLineEnding::CrLf << 1
        << QStringList{u"Name"_s, u"Notes"_s}
        << Rows{{u"Acme"_s, u"first\nsecond"_s}, {u"Beta"_s, u"plain"_s}} << QList<int>{2, 4};
    QTest::newRow("lone CR") << u"lone-cr.csv"_s << CsvEncoding::Utf8 << QChar(u',')
                             << CsvLineEnding::Cr << 1 << QStringList{u"Name"_s, u"Cost"_s}
                             << Rows{{u"Acme"_s, u"10"_s}, {u"Beta\nGamma"_s, u"20"_s}} << lines23;
    QTest::newRow("empty rows") << u"empty-rows.csv"_s << CsvEncoding::Utf8 << QChar(u',')
                                << CsvLineEnding::Lf << 1 << QStringList{u"Name"_s, u"Cost"_s}
                                << Rows{{u"Acme"_s, u"1"_s}, {u"Beta"_s, u"2"_s}}
                                << QList<int>{3, 6};
    QTest::newRow("duplicate headers")
        << u"duplicate-headers.csv"_s << CsvEncoding::Utf8 << QChar(u',') << CsvLineEnding::Lf << 1
        << QStringList{u"Name"_s, u"Cost"_s, u"cost (2)"_s, u"Column 4"_s, u"Cost (3)"_s}
        << Rows{{u"Acme"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}} << QList<int>{2};
    QTest::newRow("header below a title")
        << u"header-not-first.csv"_s << CsvEncoding::Utf8 << QChar(u',') << CsvLineEnding::Lf << 4
        << QStringList{u"Tool"_s, u"Owner"_s, u"Annual cost"_s}
        << Rows{{u"HubSpot"_s, u"Marketing"_s, u"12,000"_s}, {u"Slack"_s, u"IT"_s, u"800"_s}}
        << QList<int>{5, 6};
    QTest::newRow("trailing delimiters")
        << u"trailing-delimiters.csv"_s << CsvEncoding::Utf8 << QChar(u',') << CsvLineEnding::Lf
        << 1 << QStringList{u"Name"_s, u"Cost"_s} << Rows{{u"Acme"_s, u"1"_s}, {u"Beta"_s, u"2"_s}}
        << lines23;
}

void TestCsvReader::reads()
{
    QFETCH(QString, fixture);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(CsvLineEnding, lineEnding);
    QFETCH(int, headerLine);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, rowLines);

    const CsvReadResult result = readFixture(fixture);
    QCOMPARE(result.errors, QStringList());
    const CsvTable &table = result.table;
    QCOMPARE(table.format().encoding, encoding);
    QCOMPARE(table.format().delimiter, delimiter);
    QCOMPARE(table.format().lineEnding, lineEnding);
    QCOMPARE(table.format().headerLine, headerLine);
    QCOMPARE(table.header(), header);
    QCOMPARE(rowsOf(table), rows);
    QList<int> lines;
    for (int r = 0; r < table.rowCount(); ++r)
        lines << table.rowLine(r);
    QCOMPARE(lines, rowLines);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");

    const QString quoteHint = u"(quote the whole field and double the quotes inside it)"_s;
    QTest::newRow("unterminated quote")
        << u"unterminated-quote.csv"_s
        << QStringList{u"unterminated-quote.csv:2:6: unterminated quoted field: the quote opened "
                       "here is never closed"_s};
    QTest::newRow("stray quote")
        << u"stray-quote.csv"_s
        << QStringList{u"stray-quote.csv:2:11: stray quote in an unquoted field "_s + quoteHint};
    QTest::newRow("text after closing quote")
        << u"text-after-quote.csv"_s
        << QStringList{
               u"text-after-quote.csv:2:11: text after the closing quote of a quoted field "_s
               + quoteHint};
    QTest::newRow("too many fields")
        << u"too-many-fields.csv"_s
        << QStringList{u"too-many-fields.csv:3:8: too many fields: this row has 4 but the header "
                       "has 2; the first extra field starts here"_s};
    QTest::newRow("all errors, in file order")
        << u"several-errors.csv"_s
        << QStringList{
               u"several-errors.csv:2:3: stray quote in an unquoted field "_s + quoteHint,
               u"several-errors.csv:4:9: too many fields: this row has 3 but the header has "
               "2; the first extra field starts here"_s};
    QTest::newRow("invalid UTF-8 after a BOM")
        << u"invalid-utf8-after-bom.csv"_s
        << QStringList{u"invalid-utf8-after-bom.csv:2:4: invalid UTF-8 byte 0xE9"_s};
    QTest::newRow("UTF-16 cut in half")
        << u"utf16-odd-length.csv"_s
        << QStringList{
               u"utf16-odd-length.csv:2:1: the file ends in the middle of a UTF-16 character"_s};
    // A PNG signature: "\x89PNG\r\n\x1A\n..." decodes as Windows-1252; line 2 starts with ^Z.
    QTest::newRow("binary garbage")
        << u"binary-garbage.bin"_s
        << QStringList{u"binary-garbage.bin:2:1: invalid control character U+001A; this does not "
                       "look like a CSV text file"_s};
}

void TestCsvReader::errors()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);

    const CsvReadResult result = readFixture(fixture);
    QCOMPARE(result.errors, expected);
    QCOMPARE(result.errorKind, Error::Kind::BadInput);
    QCOMPARE(result.table.rowCount(), 0); // never a partial result
    QCOMPARE(result.table.columnCount(), 0);
}

void TestCsvReader::fieldPositions()
{
    const CsvReadResult result = readFixture(u"quoted-newlines.csv"_s);
    QVERIFY(result.ok());
    const CsvTable &t = result.table;
    QCOMPARE(t.headerPosition(1), (CsvPosition{1, 6}));
    QCOMPARE(t.position(0, 0), (CsvPosition{2, 1}));
    QCOMPARE(t.position(0, 1), (CsvPosition{2, 8})); // "Acme","Line one: the opening quote
    QVERIFY(t.isQuoted(0, 1));
    // "Line two" starts line 3; in "He said ""hi""" the h of hi is column 17.
    QCOMPARE(t.position(0, 1, t.cell(0, 1).indexOf(u"Line two")), (CsvPosition{3, 1}));
    QCOMPARE(t.position(1, 1, t.cell(1, 1).indexOf(u"hi")), (CsvPosition{4, 17}));
    QCOMPARE(t.location(t.position(1, 0)), u"quoted-newlines.csv:4:1"_s);
    QCOMPARE(t.columnIndex(u" DESCRIPTION "), 1);
    QCOMPARE(t.columnIndex(u"price"), -1);

    // A field the row lacks is located at the end of the row.
    const CsvReadResult shortRow = CsvReader().read("a,b,c\n1,22\n", u"s.csv"_s);
    QVERIFY(shortRow.ok());
    QCOMPARE(shortRow.table.cell(0, 2).toString(), QString());
    QCOMPARE(shortRow.table.position(0, 2), (CsvPosition{2, 5}));

    // Surrogate pairs are one column: "😀😀,x" puts x in column 4.
    const CsvReadResult emoji = CsvReader().read(u"a,b\n😀😀,x\n"_s.toUtf8(), u"e.csv"_s);
    QVERIFY(emoji.ok());
    QCOMPARE(emoji.table.position(0, 1), (CsvPosition{2, 4}));
}

void TestCsvReader::optionsOverrideDetection()
{
    CsvReadOptions options;
    options.delimiter = u',';
    options.headerLine = 1;
    // Forced to ',' the header is one field and every decimal comma makes a second one.
    const QString tail = u" too many fields: this row has 2 but the header has 1; the first extra "
                         "field starts here"_s;
    QCOMPARE(readFixture(u"semicolon-decimal-comma.csv"_s, options).errors,
             (QStringList{u"semicolon-decimal-comma.csv:2:16:"_s + tail,
                          u"semicolon-decimal-comma.csv:3:13:"_s + tail,
                          u"semicolon-decimal-comma.csv:4:9:"_s + tail}));
    options.delimiter = u';';
    // Forced to ';' a tab file is one column, and "Miro<tab>Design<tab>"3,000"" has a stray quote.
    QCOMPARE(readFixture(u"tabs.csv"_s, options).errors,
             QStringList{u"tabs.csv:3:13: stray quote in an unquoted field (quote the whole field "
                         "and double the quotes inside it)"_s});

    CsvReadOptions noHeader;
    noHeader.headerLine = -1;
    const CsvReadResult raw = readFixture(u"header-not-first.csv"_s, noHeader);
    QVERIFY(raw.ok());
    QCOMPARE(raw.table.format().headerLine, 0);
    QCOMPARE(raw.table.header(), (QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s}));
    QCOMPARE(raw.table.rowCount(), 5);
    QCOMPARE(raw.table.cell(0, 0).toString(), u"Tool inventory export"_s);

    CsvReadOptions latin1;
    latin1.encoding = CsvEncoding::Windows1252;
    const CsvReadResult asLatin1 = readFixture(u"utf8-plain.csv"_s, latin1);
    QVERIFY(asLatin1.ok());
    QCOMPARE(asLatin1.table.cell(0, 0).toString(), u"Brevo PrÃ³"_s);

    CsvReadOptions badLine;
    badLine.headerLine = 3;
    QCOMPARE(readFixture(u"header-not-first.csv"_s, badLine).errors,
             QStringList{
                 u"header-not-first.csv:3:1: no row starts on this line to use as the header"_s});
}

void TestCsvReader::readFileNamesThePath()
{
    const QString path = test::fixture(u"csv/stray-quote.csv"_s);
    const CsvReadResult result = CsvReader().readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().startsWith(path + u":2:11: stray quote"));
}

void TestCsvReader::missingFileIsAnIoError()
{
    const CsvReadResult result = CsvReader().readFile(test::fixture(u"csv/no-such-file.csv"_s));
    QCOMPARE(result.errorKind, Error::Kind::Io);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().contains(u"no-such-file.csv:1:1: cannot read the file: "));
}

void TestCsvReader::hugeFieldAndLargeFile()
{
    // One 8 MB quoted field with escaped quotes, then a 10 MB file of 200,000 rows.
    QByteArray huge = "name,notes\nbig,\"";
    huge += QByteArray(4 * 1024 * 1024, 'x') + "\"\"" + QByteArray(4 * 1024 * 1024, 'y');
    huge += "\"\nsmall,1\n";
    const CsvReadResult one = CsvReader().read(huge, u"huge.csv"_s);
    QVERIFY(one.ok());
    QCOMPARE(one.table.rowCount(), 2);
    QCOMPARE(one.table.cell(0, 1).size(), 8 * 1024 * 1024 + 1);
    QCOMPARE(one.table.cell(0, 1)[4 * 1024 * 1024], QChar(u'"'));
    QCOMPARE(one.table.position(1, 0), (CsvPosition{3, 1}));

    QByteArray big = "id,name,description,price\n";
    for (int i = 0; i < 200'000; ++i)
        big += QByteArray::number(i) + ",Tool " + QByteArray::number(i)
               + ",\"A tool, with a description of some length\",1250\n";
    QVERIFY(big.size() > 10'000'000);
    QElapsedTimer timer;
    timer.start();
    const CsvReadResult many = CsvReader().read(big, u"big.csv"_s);
    qInfo("read %lld bytes, 200,000 rows in %lld ms", qint64(big.size()), timer.elapsed());
    QVERIFY(many.ok());
    QCOMPARE(many.table.rowCount(), 200'000);
    QCOMPARE(many.table.cell(199'999, 1).toString(), u"Tool 199999"_s);
    QCOMPARE(many.table.rowLine(199'999), 200'001);

    CsvReadOptions small;
    small.maxBytes = 1024;
    QCOMPARE(CsvReader(small).read(big, u"big.csv"_s).errors,
             QStringList{u"big.csv:1:1: the file is larger than 0 MB"_s});
}

void TestCsvReader::mangledInputNeverCrashes()
{
    // Random bytes and random damage to a valid file: always a table or errors, never both.
    const QByteArray valid = test::fileBytes(test::fixture(u"csv/quoted-newlines.csv"_s))
                             + test::fileBytes(test::fixture(u"csv/header-not-first.csv"_s));
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes = valid;
        if (i % 4 == 0) {
            bytes.resize(rng.bounded(4096));
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        } else {
            for (int k = 0; k < 4; ++k)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        }
        const CsvReadResult result = CsvReader().read(bytes, u"m.csv"_s);
        QVERIFY(result.ok() || result.table.rowCount() == 0);
        for (const QString &e : result.errors)
            QVERIFY2(e.startsWith(u"m.csv:"), qPrintable(e));
    }
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
