#include "comparisonexport.h"

#include "io/xlsxwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

XlsxCell points(qint64 hundredths)
{
    return XlsxCell::ofNumber(double(hundredths) / 100.0);
}

XlsxCell price(qint64 amount)
{
    return amount >= 0 ? XlsxCell::ofNumber(double(amount)) : XlsxCell();
}

// Numbers as the CSV writes them: up to two decimals, no trailing zeros.
QString text(const XlsxCell &cell)
{
    return cell.type == XlsxCell::Type::Number
               ? QString::number(cell.number, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s))
               : cell.text;
}

} // namespace

ComparisonExport::ComparisonExport(ComparisonResult result)
    : m_result(std::move(result))
{
}

QStringList ComparisonExport::header() const
{
    QStringList names{u"Rank"_s, u"Product"_s, u"Slug"_s, u"Vendor"_s, u"Total"_s};
    for (int i = 0; i < kCriterionCount; ++i) {
        const QString title = criterionTitle(Criterion(i));
        names << title + u" score" << title + u" points";
    }
    names << u"Requirements met"_s << u"Gaps closed"_s << u"Integrates with"_s << u"Already owned"_s
          << u"Price low"_s << u"Price high"_s << u"Price currency"_s << u"Segments"_s
          << u"Deployment"_s;
    for (const MatrixRow &m : m_result.matrix)
        names << m.capabilityName + u" (" + importanceName(m.requirement.importance) + u", min "
                     + QString::number(m.requirement.minStrength) + u')';
    return names;
}

std::vector<XlsxCell> ComparisonExport::row(const ProductScore &p) const
{
    std::vector<XlsxCell> cells{XlsxCell::ofNumber(p.rank),
                                XlsxCell::ofText(p.product.name),
                                XlsxCell::ofText(p.product.slug),
                                XlsxCell::ofText(p.product.vendorName),
                                points(p.totalHundredths)};
    for (const CriterionScore &c : p.criteria) {
        cells.push_back(points(c.scoreHundredths));
        cells.push_back(points(c.partHundredths));
    }
    QStringList gaps, links, overlapping;
    for (const QString &slug : p.gapsClosed)
        gaps << m_result.capabilityName(slug);
    for (const StackLink &l : p.links)
        links << l.toolName;
    for (const QString &slug : p.overlapping)
        overlapping << m_result.capabilityName(slug);
    const PriceBand &band = p.product.price;
    cells.push_back(XlsxCell::ofNumber(p.requirementsMet));
    cells.push_back(XlsxCell::ofText(gaps.join(u"; ")));
    cells.push_back(XlsxCell::ofText(links.join(u"; ")));
    cells.push_back(XlsxCell::ofText(overlapping.join(u"; ")));
    cells.push_back(price(band.isKnown() ? band.low : -1));
    cells.push_back(price(band.isKnown() ? band.high : -1));
    cells.push_back(XlsxCell::ofText(band.isKnown() ? band.currency : QString()));
    cells.push_back(XlsxCell::ofText(p.product.segments.join(u", ")));
    cells.push_back(XlsxCell::ofText(p.product.deployment));
    for (int s : p.strengths)
        cells.push_back(XlsxCell::ofNumber(s));
    return cells;
}

CsvWriter ComparisonExport::csvWriter() const
{
    CsvWriter writer;
    writer.writeRow(header());
    for (const ProductScore &p : m_result.products) {
        QStringList texts;
        for (const XlsxCell &cell : row(p))
            texts << text(cell);
        writer.writeRow(texts);
    }
    return writer;
}

QByteArray ComparisonExport::csv() const
{
    return csvWriter().bytes();
}

Status ComparisonExport::saveCsv(const QString &path) const
{
    return csvWriter().save(path);
}

Status ComparisonExport::saveXlsx(const QString &path) const
{
    XlsxWriter writer(XlsxWriteOptions{u"Comparison"_s, true});
    writer.setHeader(header());
    for (const ProductScore &p : m_result.products)
        writer.writeRow(row(p));
    return writer.save(path);
}

} // namespace sa
