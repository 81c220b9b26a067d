#include "catalogue/cataloguecontent.h"
#include "io/cataloguecsv.h"
#include "testutil.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

// Real exports nobody on this project wrote (see ../shared/data/third-party/SOURCES.md).
// Every expected number was computed independently with Python's csv module and a Python
// mirror of slugify() and of the category lookup against data/catalogue/taxonomy.txt:
// rows = len(list(csv.reader(f))) - 1; products = distinct slugs; warnings = rows whose
// category resolves to nothing + rows whose slug repeats; line:column of the quoted
// messages from a scan of the raw text that tracks quoted newlines.
class TestCsvThirdParty : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    std::unique_ptr<CatalogueCsv> m_csv;

    static qsizetype countContaining(const QStringList &lines, QStringView text)
    {
        return std::count_if(
            lines.begin(), lines.end(), [&](const QString &l) { return l.contains(text); });
    }

private slots:
    void initTestCase();
    void stackshare();
    void segmentDestinations();
    void awesomeMarketing();
};

void TestCsvThirdParty::initTestCase()
{
    m_dir = test::thirdPartyDir();
    if (m_dir.isEmpty())
        QSKIP("the third-party data folder (../shared/data/third-party) is not here");
    // The shipped taxonomy: its slugs and names never change once shipped.
    const CatalogueReadResult shipped
        = readCatalogueFolder(QStringLiteral(SA_SOURCE_DIR "/data/catalogue"));
    QCOMPARE(shipped.content.categories.size(), size_t(6 + 49));
    m_csv
        = std::make_unique<CatalogueCsv>(shipped.content.categories, shipped.content.capabilities);
    m_csv->setMaxWarnings(100'000);
}

void TestCsvThirdParty::stackshare()
{
    const QString path = m_dir + u"/stackshare/tools.csv";
    const CsvReadResult raw = CsvReader().readFile(path);
    QCOMPARE(raw.errors, QStringList());
    QCOMPARE(raw.table.format().encoding, CsvEncoding::Utf8);
    QCOMPARE(raw.table.format().delimiter, QChar(u','));
    QCOMPARE(raw.table.format().lineEnding, CsvLineEnding::CrLf);
    QCOMPARE(raw.table.format().headerLine, 1);
    QCOMPARE(raw.table.rowCount(), 9072);
    QCOMPARE(raw.table.rowLine(9071), 10521); // LF-only line breaks inside quoted descriptions
    int multiLine = 0;                        // 785 descriptions and 2 titles
    for (int r = 0; r < raw.table.rowCount(); ++r) {
        for (int c = 0; c < raw.table.columnCount(); ++c)
            multiLine += raw.table.cell(r, c).contains(u'\n');
    }
    QCOMPARE(multiLine, 787);

    const CatalogueCsvImport r
        = m_csv->readFile(path, {u"name=name"_s, u"description=description"_s, u"url=website"_s});
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.infos.size(),
             9); // object_id title popularity votes verified stack_count type layer function
    QCOMPARE(r.products.size(), size_t(9061));
    QCOMPARE(r.warnings.size(), 8441);
    QCOMPARE(countContaining(r.warnings, u"warning: unknown category '"), 8430); // 642 resolve
    QCOMPARE(countContaining(r.warnings, u"; the later row wins"), 11);
    QVERIFY(r.warnings.contains(path
                                + u":3291:49: warning: product 'micro' is also on line 2176; "
                                  u"the later row wins"));
    const Product &js = r.products.front();
    QCOMPARE(js.name, u"JavaScript"_s);
    QCOMPARE(js.slug, u"javascript"_s);
    QVERIFY(js.description.endsWith(u"functional programming styles.")); // trailing blank trimmed
    QCOMPARE(js.categorySlug, QString()); // "languages-and-frameworks" is not a landscape category
}

void TestCsvThirdParty::segmentDestinations()
{
    const QString path = m_dir + u"/segment/destinations_flat.csv";
    const CatalogueCsvImport r
        = m_csv->readFile(path, {u"display_name=name"_s, u"website=website"_s});
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.products.size(), size_t(503));
    const QString why
        = u"is not a valid slug (lower-case letters, digits and single dashes); using "_s;
    QCOMPARE(r.warnings,
             (QStringList{path + u":421:59: warning: 'stackadapt-events-conversions-' " + why
                              + u"'stackadapt-events-conversions'",
                          path + u":462:38: warning: 'user_guiding' " + why + u"'user-guiding'"}));
    QCOMPARE(r.products.back().name, u"Zopim"_s);
    QCOMPARE(r.products.back().slug, u"zopim"_s); // the file's own slug column
    QVERIFY(r.vendors.empty());                   // no vendor column: websites have no owner
}

void TestCsvThirdParty::awesomeMarketing()
{
    const QString path = m_dir + u"/awesome-marketing/awesome_marketing_tools.csv";
    const CatalogueCsvImport r = m_csv->readFile(path, {u"tool=name"_s, u"url=website"_s});
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.infos,
             QStringList{path
                         + u":1:1: info: column 'category' ignored: column "
                           u"'subcategory' gives the category"});
    QCOMPARE(r.products.size(), size_t(198));
    QCOMPARE(r.warnings.size(), 253);
    QCOMPARE(countContaining(r.warnings, u"warning: unknown category '"), 223); // 5 resolve
    QCOMPARE(countContaining(r.warnings, u"; the later row wins"), 30);
    QCOMPARE(r.warnings.first(),
             QString(path
                     + u":2:33: warning: unknown category 'Market "
                       u"Segmentation and Targeting'; imported without a "
                       u"category"));
    QVERIFY(r.warnings.contains(path
                                + u":37:46: warning: product 'serplux' is also on line 31; the "
                                  u"later row wins"));
    QCOMPARE(r.products.front().name, u"Segment"_s);
    QCOMPARE(
        r.products.front().description,
        u"Customer data platform that simplifies data collection and usage across platforms."_s);
}

QTEST_APPLESS_MAIN(TestCsvThirdParty)
#include "tst_csvthirdparty.moc"
