#include "compare/criterionexplanation.h"
#include "compare/productcomparison.h"
#include "reportchapters.h"

#include <QCoreApplication>

namespace sa::report {

namespace {

QString points(qint64 hundredths)
{
    return QString::number(double(hundredths) / 100.0, 'f', 2);
}

ReportTable rankingTable(const ComparisonResult &r)
{
    ReportTable t;
    t.columns
        = {column(tr("#"), 0.5, true), column(tr("Product"), 4.2), column(tr("Total"), 1.1, true)};
    for (int i = 0; i < kCriterionCount; ++i)
        t.columns.push_back(column(criterionShortTitle(Criterion(i)), 1.3, true));
    for (const ProductScore &p : r.products) {
        QStringList row{QString::number(p.rank), p.product.name, points(p.totalHundredths)};
        for (const CriterionScore &c : p.criteria)
            row << points(c.partHundredths);
        t.rows.push_back(row);
    }
    return t;
}

ReportTable breakdownTable(const ComparisonResult &r, const ProductScore &p)
{
    ReportTable t;
    t.columns = {column(tr("Criterion"), 2),
                 column(tr("Score"), 1, true),
                 column(tr("Weight"), 1, true),
                 column(tr("Points"), 1, true),
                 column(tr("How"), 6.4)};
    for (int i = 0; i < kCriterionCount; ++i) {
        const CriterionScore &c = p.criteria[size_t(i)];
        t.rows.push_back({criterionTitle(Criterion(i)),
                          points(c.scoreHundredths),
                          percentText(c.weight, 1),
                          points(c.partHundredths),
                          criterionExplanation(r, p, Criterion(i))});
    }
    t.rows.push_back({tr("Total"), QString(), QString(), points(p.totalHundredths), QString()});
    t.totalRows = 1;
    return t;
}

ReportTable matrixTable(const ComparisonResult &r)
{
    ReportTable t;
    t.columns = {column(tr("Requirement"), 3),
                 column(tr("Importance"), 1.3),
                 column(tr("Min"), 0.7, true),
                 column(tr("Stack"), 1)};
    for (const ProductScore &p : r.products)
        t.columns.push_back(column(u'[' + QString::number(p.rank) + u']', 0.8));
    for (size_t row = 0; row < r.matrix.size(); ++row) {
        const MatrixRow &m = r.matrix[row];
        QStringList cells{m.capabilityName,
                          importanceName(m.requirement.importance),
                          QString::number(m.requirement.minStrength),
                          QString::number(m.stackStrength) + (m.gap ? tr(" gap") : QString())};
        for (const ProductScore &p : r.products) {
            const int s = p.strengths[row];
            cells << QString::number(s) + (s >= m.requirement.minStrength ? u" ✓" : u" ✗");
        }
        t.rows.push_back(cells);
    }
    return t;
}

void addComparison(const Build &b, const Shortlist &list, ReportChapter *c)
{
    c->blocks.push_back(heading(tr("Shortlist: ") + list.name));
    if (!list.notes.isEmpty())
        c->blocks.push_back(paragraph(list.notes));
    ComparisonInput in;
    in.stack = b.input.stack;
    in.weights = list.weights;
    in.currency = b.input.info.currency;
    in.segment = b.input.segment;
    for (const QString &slug : list.productSlugs) {
        for (const Product &p : b.input.stack.products) {
            if (p.slug == slug)
                in.products.push_back(p);
        }
    }
    if (int(in.products.size()) < kMinComparedProducts) {
        c->blocks.push_back(paragraph(tr("This shortlist needs at least two products with a "
                                         "snapshot in the workspace to be compared.")));
        return;
    }
    const Expected<ComparisonResult> r = compareProducts(in);
    if (!r) {
        c->blocks.push_back(paragraph(tr("Cannot be scored: ") + r.error().message));
        return;
    }
    QStringList weights;
    for (int i = 0; i < kCriterionCount; ++i)
        weights << criterionShortTitle(Criterion(i)) + u' '
                       + percentText(r->weights.values[size_t(i)], 1);
    c->blocks.push_back(paragraph(tr("Weights: ") + weights.join(u", ")
                                  + tr(". Each criterion's points are its score times its "
                                       "weight; they add up to the total.")));
    c->blocks.push_back(tableBlock(rankingTable(*r)));
    for (const ProductScore &p : r->products) {
        c->blocks.push_back(heading(
            QString::number(p.rank) + u". " + p.product.name
            + (p.product.vendorName.isEmpty() ? QString() : u" (" + p.product.vendorName + u')')));
        c->blocks.push_back(tableBlock(breakdownTable(*r, p)));
    }
    if (!r->matrix.empty()) {
        c->blocks.push_back(heading(tr("Capability matrix")));
        c->blocks.push_back(tableBlock(matrixTable(*r)));
        c->blocks.push_back(paragraph(tr("Strength 1 basic, 2 solid, 3 leading; ✓ meets the "
                                         "minimum; [n] is the product ranked n.")));
    }
}

} // namespace

ReportChapter comparisonsChapter(const Build &b)
{
    ReportChapter c;
    if (b.input.shortlists.empty()) {
        c.blocks.push_back(paragraph(tr("The workspace has no saved shortlist. Save one in the "
                                        "Compare view to see it scored here.")));
        return c;
    }
    for (const Shortlist &list : b.input.shortlists)
        addComparison(b, list, &c);
    return c;
}

} // namespace sa::report
