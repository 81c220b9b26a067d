// The name matcher measured on real tool names nobody on this project wrote: Segment's
// destination catalogue and the awesome-marketing list, against hand-made labels in
// tests/fixtures/matching (how they were decided: README.md there).
#include "catalogue/cataloguecontent.h"
#include "io/csvreader.h"
#include "io/namematcher.h"
#include "store/shippeddata.h"
#include "testutil.h"

#include <QHash>
#include <QTest>

using namespace sa;

namespace {

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const
    {
        const int n = truePositives + falsePositives;
        return n ? double(truePositives) / n : 1.0;
    }
    double recall() const
    {
        const int n = truePositives + falseNegatives;
        return n ? double(truePositives) / n : 1.0;
    }
    QString text() const
    {
        return QStringLiteral("TP %1 FP %2 FN %3 precision %4 recall %5")
            .arg(truePositives)
            .arg(falsePositives)
            .arg(falseNegatives)
            .arg(precision(), 0, 'f', 3)
            .arg(recall(), 0, 'f', 3);
    }
};

struct Label
{
    QString name;
    QString slug; // empty: the catalogue has no such product
};

// The distinct, trimmed values of one column, in file order.
QStringList columnValues(const CsvTable &table, const QString &column)
{
    const int c = table.columnIndex(column);
    QStringList values;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QString v = table.cell(r, c).trimmed().toString();
        if (!v.isEmpty() && !values.contains(v))
            values << v;
    }
    return values;
}

} // namespace

class TestNameMatching final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
        const CatalogueReadResult read = readCatalogueFolder(shippedCatalogueDir());
        QCOMPARE(read.errors, QStringList());
        // The folder reader cross-references vendors by slug; stores fill the name.
        QHash<QString, QString> vendorNames;
        for (const Vendor &v : read.content.vendors)
            vendorNames.insert(v.slug, v.name);
        m_products = read.content.products;
        for (Product &p : m_products)
            p.vendorName = vendorNames.value(p.vendorSlug);
        m_matcher = NameMatcher(m_products);
    }

    void labelsNameRealProducts()
    {
        // Every label is a product of the shipped catalogue.
        QSet<QString> slugs;
        for (const Product &p : m_products)
            slugs.insert(p.slug);
        for (const char16_t *file : {u"segment_destinations.csv", u"awesome_marketing_tools.csv"}) {
            for (const Label &l : labels(QString::fromUtf16(file))) {
                if (!l.slug.isEmpty())
                    QVERIFY2(slugs.contains(l.slug), qPrintable(l.name + u" -> " + l.slug));
            }
        }
    }

    void thirdPartyNames_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("labelFile");
        QTest::addColumn<QList<int>>("accept");  // TP, FP, FN at AcceptThreshold
        QTest::addColumn<QList<int>>("suggest"); // ... among the candidates >= SuggestThreshold

        // Measured counts. When the matcher or the catalogue improves, update them
        // deliberately, in the same commit, and the figures in README.md with them.
        QTest::newRow("segment destinations")
            << QStringLiteral("segment/destinations_flat.csv") << QStringLiteral("display_name")
            << QStringLiteral("segment_destinations.csv") << QList<int>{103, 0, 37}
            << QList<int>{134, 6, 6};
        QTest::newRow("awesome-marketing tools")
            << QStringLiteral("awesome-marketing/awesome_marketing_tools.csv")
            << QStringLiteral("tool") << QStringLiteral("awesome_marketing_tools.csv")
            << QList<int>{91, 1, 9} << QList<int>{100, 4, 0};
    }

    void thirdPartyNames()
    {
        QFETCH(QString, source);
        QFETCH(QString, column);
        QFETCH(QString, labelFile);
        QFETCH(QList<int>, accept);
        QFETCH(QList<int>, suggest);
        const QString dir = test::thirdPartyDir();
        if (dir.isEmpty())
            QSKIP("../shared/data/third-party is absent: no third-party names to match");

        const CsvReadResult read = CsvReader().readFile(dir + u'/' + source);
        QCOMPARE(read.errors, QStringList());
        const QStringList names = columnValues(read.table, column);
        const std::vector<Label> labelled = labels(labelFile);
        QStringList labelledNames;
        for (const Label &l : labelled)
            labelledNames << l.name;
        QCOMPARE(labelledNames, names); // one label per distinct name, in file order

        Counts atAccept, atSuggest;
        QStringList disagreements;
        for (const Label &l : labelled) {
            const std::vector<MatchCandidate> found = m_matcher.match(l.name);
            const bool accepted
                = !found.empty() && found.front().confidence >= NameMatcher::AcceptThreshold;
            if (accepted && found.front().productSlug == l.slug)
                ++atAccept.truePositives;
            else if (accepted)
                ++atAccept.falsePositives;
            if (!l.slug.isEmpty() && !(accepted && found.front().productSlug == l.slug))
                ++atAccept.falseNegatives;

            bool offered = false, anyOffered = false;
            for (const MatchCandidate &c : found) {
                if (c.confidence >= NameMatcher::SuggestThreshold) {
                    anyOffered = true;
                    offered = offered || c.productSlug == l.slug;
                }
            }
            if (offered && !l.slug.isEmpty())
                ++atSuggest.truePositives;
            else if (anyOffered)
                ++atSuggest.falsePositives;
            if (!l.slug.isEmpty() && !offered)
                ++atSuggest.falseNegatives;

            const QString top = found.empty() ? QStringLiteral("-")
                                              : QStringLiteral("%1 %2 %3")
                                                    .arg(found.front().productSlug)
                                                    .arg(found.front().confidence)
                                                    .arg(matchReasonName(found.front().reason));
            if ((accepted && found.front().productSlug != l.slug)
                || (!l.slug.isEmpty() && !accepted) || (anyOffered && !offered))
                disagreements << QStringLiteral("  %1 | expected %2 | got %3")
                                     .arg(l.name,
                                          l.slug.isEmpty() ? QStringLiteral("-") : l.slug,
                                          top);
        }
        qInfo("%s: %d names, %d labelled",
              qPrintable(source),
              int(labelled.size()),
              atAccept.truePositives + atAccept.falseNegatives);
        qInfo("  accept  (>= %.2f): %s", NameMatcher::AcceptThreshold, qPrintable(atAccept.text()));
        qInfo(
            "  suggest (>= %.2f): %s", NameMatcher::SuggestThreshold, qPrintable(atSuggest.text()));
        if (qEnvironmentVariableIsSet("SA_NAMEMATCH_DETAILS"))
            qInfo("%s", qPrintable(disagreements.join(u'\n')));

        QCOMPARE(
            (QList<int>{atAccept.truePositives, atAccept.falsePositives, atAccept.falseNegatives}),
            accept);
        QCOMPARE((QList<int>{
                     atSuggest.truePositives, atSuggest.falsePositives, atSuggest.falseNegatives}),
                 suggest);
        QVERIFY2(atAccept.precision() >= 0.97, qPrintable(atAccept.text()));
    }

private:
    static std::vector<Label> labels(const QString &file)
    {
        const CsvReadResult read = CsvReader().readFile(test::fixture(u"matching/" + file));
        if (!read.ok())
            qFatal("%s", qPrintable(read.errors.join(u'\n')));
        const CsvTable &t = read.table;
        const int name = t.columnIndex(u"name"), slug = t.columnIndex(u"expected_slug");
        std::vector<Label> out;
        for (int r = 0; r < t.rowCount(); ++r)
            out.push_back({t.cell(r, name).toString(), t.cell(r, slug).trimmed().toString()});
        return out;
    }

    std::vector<Product> m_products;
    NameMatcher m_matcher;
};

QTEST_GUILESS_MAIN(TestNameMatching)
#include "tst_namematching.moc"
