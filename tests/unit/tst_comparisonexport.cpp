// A comparison exported to CSV and XLSX: the exact cells for the hand-worked comparison
// (tests/unit/tst_productcomparison.cpp), the same rows in both formats, and formulas
// neutralised in both.
#include "compare/comparisonexport.h"
#include "compare/productcomparison.h"
#include "comparisonfixture.h"
#include "io/xlsxreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

ComparisonResult handComparison(const QString &renameFirst = {})
{
    ComparisonInput in;
    in.stack = test::comparisonStack();
    in.products = test::fixtureProducts({u"hubspot-marketing-hub"_s,
                                         u"adobe-marketo-engage"_s,
                                         u"salesforce-account-engagement"_s});
    if (!renameFirst.isEmpty())
        in.products[0].name = renameFirst;
    return compareProducts(in).value();
}

QList<QStringList> csvRows(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            rows << QString::fromUtf8(line.chopped(1)).split(u',');
    }
    return rows;
}

} // namespace

class TestComparisonExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvCells()
    {
        const QList<QStringList> rows = csvRows(ComparisonExport(handComparison()).csv());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].mid(0, 7),
                 (QStringList{u"Rank"_s,
                              u"Product"_s,
                              u"Slug"_s,
                              u"Vendor"_s,
                              u"Total"_s,
                              u"Requirement coverage score"_s,
                              u"Requirement coverage points"_s}));
        // Marketo, rank 2: 68.37 = 40 + 15 + 5.87 + 7.5.
        QCOMPARE(rows[2].mid(0, 13),
                 (QStringList{u"2"_s,
                              u"Adobe Marketo Engage"_s,
                              u"adobe-marketo-engage"_s,
                              u"Adobe"_s,
                              u"68.37"_s,
                              u"100"_s,
                              u"40"_s,
                              u"50"_s,
                              u"15"_s,
                              u"29.33"_s,
                              u"5.87"_s,
                              u"75"_s,
                              u"7.5"_s}));
        QCOMPARE(rows[2].mid(13),
                 (QStringList{u"4"_s,
                              u"Lead scoring; Marketing workflows"_s,
                              u"Sales Cloud"_s,
                              u"Email campaign sending"_s,
                              u"30000"_s,
                              u"150000"_s,
                              u"USD"_s,
                              u"\"mid-market"_s,
                              u" enterprise\""_s,
                              u"cloud"_s,
                              u"2"_s,
                              u"3"_s,
                              u"3"_s,
                              u"2"_s}));
    }

    void formulasAreNeutralised()
    {
        const ComparisonResult r = handComparison(u"=HYPERLINK(\"x\")"_s);
        const QByteArray csv = ComparisonExport(r).csv();
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"comparison.xlsx"_s);
        QVERIFY(ComparisonExport(r).saveXlsx(path).ok());
        const XlsxReadResult read = XlsxReader().readFile(path);
        QCOMPARE(read.errors, QStringList());
        QCOMPARE(read.sheet, u"Comparison"_s);
        // HubSpot (renamed) is third.
        QCOMPARE(read.table.cell(2, 1).toString(), u"'=HYPERLINK(\"x\")"_s);
    }

    void xlsxHoldsTheSameRows()
    {
        const ComparisonExport exported(handComparison());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"comparison.xlsx"_s);
        QVERIFY(exported.saveXlsx(path).ok());
        const XlsxReadResult read = XlsxReader().readFile(path);
        QCOMPARE(read.errors, QStringList());
        QCOMPARE(read.table.header(), exported.header());
        QCOMPARE(read.table.rowCount(), 3);
        QCOMPARE(read.table.cell(0, 1).toString(), u"Marketing Cloud Account Engagement"_s);
        QCOMPARE(read.table.cell(0, 4).toString(), u"73.99"_s);
        QCOMPARE(read.table.cell(1, 4).toString(), u"68.37"_s);
        QCOMPARE(read.table.cell(2, 4).toString(), u"60.56"_s);
    }
};

QTEST_GUILESS_MAIN(TestComparisonExport)
#include "tst_comparisonexport.moc"
