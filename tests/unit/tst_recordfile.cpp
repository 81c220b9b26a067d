#include "io/recordfile.h"

#include <QTest>

using namespace sa;

class TestRecordFile final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRecordsFieldsAndPositions()
    {
        const QByteArray text = "# comment\n"
                                "\n"
                                "[hubspot-crm]\r\n"
                                "name = HubSpot CRM\n"
                                "  alias =   HubSpot  \n"
                                "alias = HS\n"
                                "[b]\n"
                                "empty =\n";
        const RecordFileResult r = parseRecords(text, QStringLiteral("p.txt"));
        QCOMPARE(r.errors, QStringList());
        QCOMPARE(r.records.size(), size_t(2));
        const Record &first = r.records[0];
        QCOMPARE(first.slug, QStringLiteral("hubspot-crm"));
        QCOMPARE(first.line, 3);
        QCOMPARE(first.value(u"name"), QStringLiteral("HubSpot CRM"));
        const auto aliases = first.all(u"alias");
        QCOMPARE(aliases.size(), size_t(2));
        QCOMPARE(aliases[0]->value, QStringLiteral("HubSpot"));
        QCOMPARE(aliases[0]->line, 5);
        QCOMPARE(aliases[0]->column, 13); // "  alias =   HubSpot": H is the 13th character
        QCOMPARE(first.where(aliases[1]), QStringLiteral("p.txt:6:9"));
        QCOMPARE(r.records[1].value(u"empty"), QString());
        QVERIFY(r.records[1].field(u"empty"));
        QVERIFY(!r.records[1].field(u"missing"));
    }

    void reportsEveryErrorWithItsPosition()
    {
        const QByteArray text = "key = before any record\n"
                                "[Bad Slug]\n"
                                "no equals sign\n"
                                "[ok\n"
                                "Key = upper-case key\n";
        const RecordFileResult r = parseRecords(text, QStringLiteral("f.txt"));
        QCOMPARE(r.errors,
                 QStringList({QStringLiteral("f.txt:1:1: a field before the first [slug] line"),
                              QStringLiteral("f.txt:2:2: 'Bad Slug' is not a valid slug (lower-case "
                                             "letters, digits and single dashes)"),
                              QStringLiteral("f.txt:3:1: expected 'key = value' or '[slug]'"),
                              QStringLiteral("f.txt:4:4: expected ']' to close the record name"),
                              QStringLiteral("f.txt:5:1: 'Key' is not a valid key")}));
    }

    void rejectsInvalidUtf8()
    {
        const RecordFileResult r = parseRecords("[a]\nname = \xff\xfe\n", QStringLiteral("x.txt"));
        QCOMPARE(r.errors, QStringList(QStringLiteral("x.txt:1:1: the file is not valid UTF-8")));
        QCOMPARE(r.records.size(), size_t(0));
    }

    void validSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("hubspot") << true;
        QTest::newRow("dashed") << QStringLiteral("google-analytics-4") << true;
        QTest::newRow("digit first") << QStringLiteral("6sense") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("double dash") << QStringLiteral("a--b") << false;
        QTest::newRow("leading dash") << QStringLiteral("-a") << false;
        QTest::newRow("trailing dash") << QStringLiteral("a-") << false;
        QTest::newRow("upper") << QStringLiteral("Abc") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
    }

    void validSlugs()
    {
        QFETCH(QString, slug);
        QFETCH(bool, valid);
        QCOMPARE(isValidSlug(slug), valid);
    }
};

QTEST_APPLESS_MAIN(TestRecordFile)
#include "tst_recordfile.moc"
