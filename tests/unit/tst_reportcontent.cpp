// The content of the PDF review (models/report) over the report fixture
// (tests/testutil/reportfixture.h), every figure worked out by hand below.
//
// Active tools: Sales Cloud 40,000.00, Brevo 3,000.00, Site Stats 500.00 (Old Pardot is
// retired): 3 tools, 43,500.00 a year. Email campaign sending is covered by Brevo at 3
// and Site Stats at 2: an overlap, Brevo primary (stronger); Site Stats splits 500.00
// over two capabilities of strength 2 each, so 250.00 is redundant. Brevo uses 3 of 10
// seats: shelfware 3,000.00 x 0.7 = 2,100.00. Gaps: lead scoring (must 2, nobody) and
// marketing workflows (should 2, Brevo at 1). The hub is Sales Cloud (crm); it
// integrates with Brevo, so Site Stats alone is the one silo. Brevo and Site Stats share
// email sending: weighted Jaccard min 2 / max (3 + 2 + 1 + 2) = 25%.
// The scenario "Consolidate" (12 months from 2027-01-01): cost as it is 43,500.00; with
// it Sales Cloud 40,000.00 + Brevo 6/12 of 3,000.00 + Site Stats 3/12 of 500.00 +
// one-offs 100.00 + 300.00 = 42,025.00; savings 1,475.00 (3%).
#include "analysisfixture.h"
#include "report/reportcontent.h"
#include "reportfixture.h"
#include "workspacefixture.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

ReportInput fixtureInput()
{
    ReportInput in;
    in.info = test::sampleInfo(); // Northbeam GmbH, Mo Adeyemi, EUR
    in.stack = test::reportStack();
    in.categories = test::smallCatalogueCategories();
    in.scenarios = {test::reportScenario(3, 2)};
    in.shortlists = {test::reportShortlist()};
    in.date = QDate(2026, 12, 3);
    in.settings.scenario = u"Consolidate"_s;
    return in;
}

const ReportChapter *chapter(const ReportContent &c, ReportSection s)
{
    for (const ReportChapter &ch : c.chapters) {
        if (ch.section == s)
            return &ch;
    }
    return nullptr;
}

// The tables of a chapter, in order.
std::vector<ReportTable> tables(const ReportChapter &c)
{
    std::vector<ReportTable> out;
    for (const ReportBlock &b : c.blocks) {
        if (b.kind == ReportBlockKind::Table)
            out.push_back(b.table);
    }
    return out;
}

std::vector<ReportFigure> figures(const ReportChapter &c)
{
    for (const ReportBlock &b : c.blocks) {
        if (b.kind == ReportBlockKind::Figures)
            return b.figures;
    }
    return {};
}

} // namespace

class TestReportContent final : public QObject
{
    Q_OBJECT

private slots:
    void headline()
    {
        const Expected<ReportContent> c = buildReportContent(fixtureInput());
        QVERIFY(c.ok());
        QCOMPARE(c->company, u"Northbeam GmbH"_s);
        QCOMPARE(c->preparedBy, u"Mo Adeyemi"_s);
        QCOMPARE(c->headline.tools, 3);
        QCOMPARE(c->headline.annualSpend, Cents(4'350'000));
        QCOMPARE(c->headline.redundantSpend, Cents(25'000));
        QCOMPARE(c->headline.shelfwareCost, Cents(210'000));
        QCOMPARE(c->headline.gaps, 2);
        QCOMPARE(c->headline.silos, 1);
        QCOMPARE(c->headline.planSavings, Cents(147'500));
        QCOMPARE(c->planSource, u"Scenario 'Consolidate'"_s);

        const std::vector<ReportFigure> f = figures(*chapter(*c, ReportSection::Summary));
        QCOMPARE(f.size(), size_t(6));
        QCOMPARE(f[0].value, u"3"_s);
        QCOMPARE(f[0].note, u"1 retired tool not counted"_s);
        QCOMPARE(f[1].value, u"€43,500.00"_s);
        QCOMPARE(f[2].value, u"€250.00"_s);
        QCOMPARE(f[2].note, u"1% of annual spend"_s); // 0.57 %
        QCOMPARE(f[3].value, u"€2,100.00"_s);
        QCOMPARE(f[3].note, u"5% of annual spend"_s); // 4.83 %
        QCOMPARE(f[4].value, u"2"_s);
        QCOMPARE(f[4].note, u"1 must, 1 should"_s);
        QCOMPARE(f[5].value, u"1"_s);
        QCOMPARE(f[5].note, u"1 hub"_s);
    }

    void stackByCategory()
    {
        const Expected<ReportContent> c = buildReportContent(fixtureInput());
        QVERIFY(c.ok());
        const std::vector<ReportTable> t = tables(*chapter(*c, ReportSection::Stack));
        QCOMPARE(t.size(), size_t(4)); // the summary, then one per category
        QStringList charts;
        for (const ReportBlock &b : chapter(*c, ReportSection::Stack)->blocks) {
            if (b.kind == ReportBlockKind::Chart)
                charts << b.text;
        }
        QCOMPARE(charts, (QStringList{u"cost-vs-utilization"_s, u"renewals"_s}));
        QCOMPARE(
            t[0].rows,
            (std::vector<QStringList>{{u"Commerce & Sales"_s, u"1"_s, u"€40,000.00"_s, u"92%"_s},
                                      {u"Content & Experience"_s, u"1"_s, u"€3,000.00"_s, u"7%"_s},
                                      {u"Data"_s, u"1"_s, u"€500.00"_s, u"1%"_s},
                                      {u"Total"_s, u"3"_s, u"€43,500.00"_s, u"100%"_s}}));
        QCOMPARE(t[0].totalRows, 1);
        QCOMPARE(t[1].rows,
                 (std::vector<QStringList>{{u"Sales Cloud"_s,
                                            u"CRM"_s,
                                            u"€40,000.00"_s,
                                            u"20"_s,
                                            u"90%"_s,
                                            u"Dana Reyes"_s,
                                            u"2027-03-31"_s}}));
        QCOMPARE(t[2].rows,
                 (std::vector<QStringList>{{u"Brevo"_s,
                                            u"Email Marketing"_s,
                                            u"€3,000.00"_s,
                                            u"10"_s,
                                            u"30%"_s,
                                            u"Mo Adeyemi"_s,
                                            u"2027-01-31"_s}}));
        QCOMPARE(t[3].rows,
                 (std::vector<QStringList>{{u"Site Stats"_s,
                                            u"Web Analytics"_s,
                                            u"€500.00"_s,
                                            u"–"_s,
                                            u"–"_s,
                                            QString(),
                                            u"–"_s}}));
    }

    void findings()
    {
        const Expected<ReportContent> c = buildReportContent(fixtureInput());
        QVERIFY(c.ok());
        const std::vector<ReportTable> o = tables(*chapter(*c, ReportSection::Overlaps));
        QCOMPARE(o.size(), size_t(3)); // overlaps, similar pairs, shelfware
        QCOMPARE(o[0].rows,
                 (std::vector<QStringList>{
                     {u"Email campaign sending"_s,
                      u"Brevo (3), Site Stats (2)"_s,
                      u"Brevo"_s,
                      u"€250.00"_s},
                     {u"Redundant spend a year"_s, QString(), QString(), u"€250.00"_s}}));
        QCOMPARE(o[1].rows, (std::vector<QStringList>{{u"Brevo"_s, u"Site Stats"_s, u"25%"_s}}));
        QCOMPARE(o[2].rows,
                 (std::vector<QStringList>{{u"Brevo"_s, u"€3,000.00"_s, u"30%"_s, u"€2,100.00"_s},
                                           {u"Total"_s, QString(), QString(), u"€2,100.00"_s}}));
        const std::vector<ReportTable> g = tables(*chapter(*c, ReportSection::Gaps));
        QCOMPARE(g.size(), size_t(1));
        QCOMPARE(g[0].rows,
                 (std::vector<QStringList>{
                     {u"Lead scoring"_s, u"must"_s, u"2 solid"_s, u"none"_s},
                     {u"Marketing workflows"_s, u"should"_s, u"2 solid"_s, u"1 basic"_s}}));
        const std::vector<ReportTable> s = tables(*chapter(*c, ReportSection::Integrations));
        QCOMPARE(s[0].rows, (std::vector<QStringList>{{u"1"_s, u"1"_s, u"Site Stats"_s}}));
        QCOMPARE(c->map.nodes.size(), size_t(3));
        QCOMPARE(c->map.edges.size(), size_t(1));
    }

    void scenarioPlan()
    {
        const Expected<ReportContent> c = buildReportContent(fixtureInput());
        QVERIFY(c.ok());
        const ReportChapter *plan = chapter(*c, ReportSection::Plan);
        const std::vector<ReportFigure> f = figures(*plan);
        QCOMPARE(f.size(), size_t(3));
        QCOMPARE(f[0].value, u"€43,500.00"_s);
        QCOMPARE(f[1].value, u"€42,025.00"_s);
        QCOMPARE(f[2].value, u"€1,475.00"_s);
        QCOMPARE(f[2].note, u"3%"_s);
        QCOMPARE(
            tables(*plan)[0].rows,
            (std::vector<QStringList>{
                {u"2027-03-31"_s, u"Retire"_s, u"Site Stats"_s, u"–"_s, u"€500.00"_s, u"€100.00"_s},
                {u"2027-06-30"_s,
                 u"Retire"_s,
                 u"Brevo"_s,
                 u"2027-05-31"_s,
                 u"€3,000.00"_s,
                 u"€300.00"_s}}));
    }

    void scenarioAddsAProductFromItsFirstDay()
    {
        // HubSpot Marketing Hub (9,600..43,200: midpoint 26,400.00) added on 2027-07-01 for
        // the last 6 of 12 months: 13,200.00, plus its one-off 2,000.00: 58,700.00.
        ReportInput in = fixtureInput();
        Decision add;
        add.productSlug = u"hubspot-marketing-hub"_s;
        add.action = DecisionAction::Add;
        add.effective = QDate(2027, 7, 1);
        add.oneOffCost = 200'000;
        in.scenarios[0].decisions = {add};
        const Expected<ReportContent> c = buildReportContent(in);
        QVERIFY(c.ok());
        const ReportChapter *plan = chapter(*c, ReportSection::Plan);
        const std::vector<ReportFigure> f = figures(*plan);
        QCOMPARE(f[1].value, u"€58,700.00"_s);
        QCOMPARE(f[2].value, u"-€15,200.00"_s);
        QCOMPARE(tables(*plan)[0].rows,
                 (std::vector<QStringList>{{u"2027-07-01"_s,
                                            u"Add"_s,
                                            u"HubSpot Marketing Hub"_s,
                                            u"–"_s,
                                            u"€26,400.00"_s,
                                            u"€2,000.00"_s}}));
    }

    void comparisons()
    {
        const Expected<ReportContent> c = buildReportContent(fixtureInput());
        QVERIFY(c.ok());
        // The totals and parts of tests/unit/tst_productcomparison.cpp: Site Stats' email
        // sending changes nothing there, Brevo owns it already at 3.
        const std::vector<ReportTable> t = tables(*chapter(*c, ReportSection::Comparisons));
        QCOMPARE(t.size(), size_t(5)); // ranking, three breakdowns, the matrix
        QCOMPARE(t[0].rows,
                 (std::vector<QStringList>{{u"1"_s,
                                            u"Marketing Cloud Account Engagement"_s,
                                            u"73.99"_s,
                                            u"35.56"_s,
                                            u"15.00"_s,
                                            u"16.76"_s,
                                            u"6.67"_s},
                                           {u"2"_s,
                                            u"Adobe Marketo Engage"_s,
                                            u"68.37"_s,
                                            u"40.00"_s,
                                            u"15.00"_s,
                                            u"5.87"_s,
                                            u"7.50"_s},
                                           {u"3"_s,
                                            u"HubSpot Marketing Hub"_s,
                                            u"60.56"_s,
                                            u"35.56"_s,
                                            u"0.00"_s,
                                            u"20.00"_s,
                                            u"5.00"_s}}));
        QCOMPARE(t[1].rows[0],
                 (QStringList{u"Requirement coverage"_s,
                              u"88.89"_s,
                              u"40.0%"_s,
                              u"35.56"_s,
                              u"3 of 4 requirements met (2 of 2 must); closes Lead scoring, "
                              u"Marketing workflows"_s}));
        QCOMPARE(t[1].rows.back(),
                 (QStringList{u"Total"_s, QString(), QString(), u"73.99"_s, QString()}));
        QCOMPARE(
            t[4].rows[1],
            (QStringList{
                u"Lead scoring"_s, u"must"_s, u"2"_s, u"0 gap"_s, u"3 ✓"_s, u"3 ✓"_s, u"2 ✓"_s}));
    }

    void sectionsFollowTheSettings()
    {
        ReportInput in = fixtureInput();
        in.settings.setIncluded(ReportSection::Gaps, false);
        in.settings.setIncluded(ReportSection::Method, false);
        in.settings.company = u"  Northbeam AG "_s;
        const Expected<ReportContent> c = buildReportContent(in);
        QVERIFY(c.ok());
        QStringList titles;
        for (const ReportChapter &ch : c->chapters)
            titles << ch.title;
        QCOMPARE(titles,
                 (QStringList{u"Executive summary"_s,
                              u"Current stack by category"_s,
                              u"Overlaps and redundant spend"_s,
                              u"Integration map"_s,
                              u"Recommended plan"_s,
                              u"Vendor comparisons"_s}));
        QCOMPARE(c->company, u"Northbeam AG"_s);
    }

    void unknownScenario()
    {
        ReportInput in = fixtureInput();
        in.settings.scenario = u"Nope"_s;
        const Expected<ReportContent> c = buildReportContent(in);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::BadInput);
        QCOMPARE(c.error().message,
                 u"no scenario named 'Nope' in the workspace (saved: 'Consolidate')"_s);
    }

    void hiddenSectionsText()
    {
        ReportSettings s;
        QCOMPARE(s.hiddenSections(), QString());
        s.setIncluded(ReportSection::Stack, false);
        s.setIncluded(ReportSection::Comparisons, false);
        QCOMPARE(s.hiddenSections(), u"stack,comparisons"_s);
        ReportSettings back;
        back.setHiddenSections(u"comparisons, stack,unknown"_s);
        QCOMPARE(back, s);
        QVERIFY(ReportSettings::isAccent(u"#1f6f8b"_s));
        QVERIFY(!ReportSettings::isAccent(u"#1F6F8B"_s));
        QVERIFY(!ReportSettings::isAccent(u"#1f6f8"_s));
    }
};

QTEST_APPLESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
