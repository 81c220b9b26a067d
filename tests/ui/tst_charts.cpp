// The chart factory over the dashboard stack (tests/testutil/dashboardfixture; figures in
// tests/unit/tst_dashboardmodels.cpp): a chart follows its model through the mapper, a
// click on an element reports its row's tools, one chart renders like the reference
// image, and export writes a PNG and an SVG of vectors.
#include "analysis/stackanalysis.h"
#include "analysisfixture.h"
#include "charts/chartbinding.h"
#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "dashboardfixture.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/spendbycategorymodel.h"
#include "testutil.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPainter>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// The share of pixels whose colour differs by more than 48 in any channel: small
// antialiasing differences between rasterisers stay under it, a moved edge does not.
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > 48 || std::abs(p.green() - q.green()) > 48
                || std::abs(p.blue() - q.blue()) > 48)
                ++differing;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

// The donut without legend or labels: its geometry depends only on the data and the
// size, not on the fonts of the machine.
QImage renderDonut(const DashboardModels &models)
{
    ChartStyle style;
    style.legend = false;
    QImage image(480, 320, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(painter, QRectF(0, 0, 480, 320), ChartKind::SpendByCategory, models, style);
    return image;
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void chartsFollowTheirModels();
    void clickReportsTheRowsTools();
    void donutMatchesTheReference();
    void exportWritesPngAndVectorSvg();

private:
    void update(const AnalysisInput &input);

    std::unique_ptr<DashboardModels> m_models;
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    initResources();
}

void TestCharts::init()
{
    m_models = std::make_unique<DashboardModels>();
    m_models->setCategories(test::smallCatalogueCategories());
    m_models->setToday(test::dashboardToday());
    update(test::dashboardStack());
}

void TestCharts::update(const AnalysisInput &input)
{
    m_models->update(input, analyzeStack(input), test::dashboardScenarios(), u"USD"_s);
}

void TestCharts::chartsFollowTheirModels()
{
    std::unique_ptr<QChart> donut(createChart(ChartKind::SpendByCategory, *m_models));
    auto *pie = qobject_cast<QPieSeries *>(donut->series().value(0));
    QVERIFY(pie);
    // Commerce & Sales 2,000, Content & Experience 1,900, Uncategorized 400, Data 50.
    QCOMPARE(pie->count(), 4);
    QCOMPARE(pie->slices()[0]->value(), 2000.0);
    QCOMPARE(pie->slices()[0]->label(), u"Commerce & Sales  46.0 %"_s);
    QCOMPARE(pie->slices()[3]->label(), u"Data  1.1 %"_s);

    std::unique_ptr<QChart> bars(createChart(ChartKind::RedundantSpend, *m_models));
    auto *series = qobject_cast<QHorizontalBarSeries *>(bars->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 1);
    QCOMPARE(series->barSets()[0]->count(), 3);
    QCOMPARE(series->barSets()[0]->at(1), 504.76);
    auto *axis = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(),
             (QStringList{u"Lead scoring"_s, u"Landing pages"_s, u"Email sending"_s}));

    // Retire Delta CRM: Commerce & Sales has no active tool left, scoring no overlap.
    AnalysisInput input = test::dashboardStack();
    for (Tool &t : input.tools) {
        if (t.name == u"Delta CRM")
            t.status = ToolStatus::Retired;
    }
    update(input);
    QCOMPARE(pie->count(), 3);
    QCOMPARE(pie->slices()[0]->label(), u"Content & Experience  80.9 %"_s); // 1,900 of 2,350
    QCOMPARE(series->barSets()[0]->count(), 2);
    QCOMPARE(axis->categories(), (QStringList{u"Landing pages"_s, u"Email sending"_s}));
}

void TestCharts::clickReportsTheRowsTools()
{
    std::unique_ptr<QChart> donut(createChart(ChartKind::SpendByCategory, *m_models));
    ChartBinding *binding = chartBinding(donut.get());
    QVERIFY(binding);
    QCOMPARE(binding->kind(), ChartKind::SpendByCategory);
    QSignalSpy clicked(binding, &ChartBinding::elementClicked);
    auto *pie = qobject_cast<QPieSeries *>(donut->series().value(0));
    emit pie->clicked(pie->slices()[1]); // what a click on the slice sends
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked[0][0].toInt(), 1);
    QCOMPARE(clicked[0][1].value<QList<qint64>>(), (QList<qint64>{1, 2, 3}));

    std::unique_ptr<QChart> bars(createChart(ChartKind::RedundantSpend, *m_models));
    QSignalSpy barClicked(chartBinding(bars.get()), &ChartBinding::elementClicked);
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().value(0));
    emit series->clicked(1, series->barSets()[0]);
    QCOMPARE(barClicked.size(), 1);
    QCOMPARE(barClicked[0][1].value<QList<qint64>>(), (QList<qint64>{5, 2, 1}));
}

void TestCharts::donutMatchesTheReference()
{
    const QString reference = test::fixture(u"charts/spend-by-category-480x320.png"_s);
    const QImage image = renderDonut(*m_models);
    if (qEnvironmentVariableIsSet("SA_UPDATE_REFERENCE"))
        QVERIFY(image.save(reference));
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), qPrintable(reference));
    // At most 0.5 % of the pixels may differ: antialiasing only.
    const double share = differingShare(image.convertToFormat(QImage::Format_ARGB32),
                                        expected.convertToFormat(QImage::Format_ARGB32));
    QVERIFY2(share <= 0.005, qPrintable(QString::number(share * 100, 'f', 2) + u" % differ"_s));

    // The tolerance tells charts apart: Echo Pages at 1,400 instead of 400 turns
    // Uncategorized from 9 % to 26 % of the ring, and far more than 0.5 % of the image.
    AnalysisInput input = test::dashboardStack();
    for (Tool &t : input.tools) {
        if (t.name == u"Echo Pages")
            t.annualCost = 140'000;
    }
    update(input);
    const double changed
        = differingShare(renderDonut(*m_models).convertToFormat(QImage::Format_ARGB32),
                         expected.convertToFormat(QImage::Format_ARGB32));
    QVERIFY2(changed > 0.02, qPrintable(QString::number(changed * 100, 'f', 2) + u" % differ"_s));
}

void TestCharts::exportWritesPngAndVectorSvg()
{
    QTemporaryDir dir;
    std::unique_ptr<QChart> chart(createChart(ChartKind::RedundantSpend, *m_models));
    const QString png = dir.filePath(u"redundant.png"_s);
    QVERIFY(ChartExport::writePng(chart.get(), png, QSize(400, 300)).ok());
    QCOMPARE(test::fileBytes(png).left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 600)); // twice the size, for sharp type

    const QString svg = dir.filePath(u"redundant.svg"_s);
    QVERIFY(ChartExport::writeSvg(chart.get(), svg, QSize(400, 300)).ok());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    // The bars are rectangles in groups filled with the bars' teal; their widths are
    // in proportion to the values (800.00 fills the axis, which ends at 800).
    int images = 0;
    QString fill;
    std::vector<double> bars;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"g")
            fill = xml.attributes().value(u"fill"_s).toString();
        else if (xml.name() == u"rect" && fill == u"#4fb3bf")
            bars.push_back(xml.attributes().value(u"width"_s).toDouble());
        else if (xml.name() == u"image")
            ++images;
        else if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(images, 0); // nothing rasterised
    QCOMPARE(bars.size(), size_t(3));
    std::sort(bars.begin(), bars.end(), std::greater<>());
    QVERIFY(std::abs(bars[1] / bars[0] - 504.76 / 800.0) < 0.005);
    QVERIFY(std::abs(bars[2] / bars[0] - 171.43 / 800.0) < 0.005);
    QVERIFY(texts.contains(u"Lead scoring"_s));
    QVERIFY(texts.contains(u"Email sending"_s));
    QVERIFY(texts.contains(u"$800"_s)); // the money axis ends at 800

    // An unwritable place gives a message naming it.
    const QString bad = dir.filePath(u"missing/folder/chart.png"_s);
    const Status failed = ChartExport::writePng(chart.get(), bad, QSize(400, 300));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(u"chart.png"_s));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
