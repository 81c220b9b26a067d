#include "comparetext.h"

#include "cli.h"
#include "compare/criterionexplanation.h"
#include "domain/money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::cli {

namespace {

QString points(qint64 hundredths, int width = 0)
{
    return QString::number(double(hundredths) / 100.0, 'f', 2).rightJustified(width);
}

QString percent(double weight)
{
    return QString::number(weight * 100.0, 'f', 1) + u'%';
}

void ranking(QTextStream &out, const ComparisonResult &r, qsizetype nameWidth)
{
    out << " #  " << u"Product"_s.leftJustified(nameWidth) << "  Total";
    for (int i = 0; i < kCriterionCount; ++i)
        out << "  " << criterionKey(Criterion(i)).rightJustified(11);
    out << '\n';
    for (const ProductScore &p : r.products) {
        out << QString::number(p.rank).rightJustified(2) << "  "
            << p.product.name.leftJustified(nameWidth) << "  " << points(p.totalHundredths, 5);
        for (const CriterionScore &c : p.criteria)
            out << "  " << points(c.partHundredths, 11);
        out << '\n';
    }
    out << "(each criterion's points are its score x its weight; they add up to the total)\n";
}

void breakdown(QTextStream &out, const ComparisonResult &r, const ProductScore &p)
{
    out << '\n' << p.rank << ". " << p.product.name << " (" << p.product.slug << ")";
    if (!p.product.vendorName.isEmpty())
        out << ", " << p.product.vendorName;
    out << '\n';
    for (int i = 0; i < kCriterionCount; ++i) {
        const CriterionScore &c = p.criteria[size_t(i)];
        out << "   " << criterionKey(Criterion(i)).leftJustified(12) << points(c.scoreHundredths, 6)
            << " x " << percent(c.weight).rightJustified(6) << " = " << points(c.partHundredths, 5)
            << "   " << criterionExplanation(r, p, Criterion(i)) << '\n';
    }
    QString fit;
    if (p.segmentFit)
        fit = *p.segmentFit ? u" (fits "_s + r.segment + u')' : u" (not "_s + r.segment + u')';
    out << "   segments "
        << (p.product.segments.isEmpty() ? u"-"_s : p.product.segments.join(u", ")) << fit
        << "; deployment " << (p.product.deployment.isEmpty() ? u"-"_s : p.product.deployment);
    if (!p.ownedAs.isEmpty())
        out << "; owned as " << p.ownedAs.join(u", ");
    out << '\n';
}

void matrix(QTextStream &out, const ComparisonResult &r)
{
    if (r.matrix.empty()) {
        out << "\nThe workspace has no requirements: coverage scores 0 for every product.\n";
        return;
    }
    qsizetype width = 11;
    for (const MatrixRow &m : r.matrix)
        width = std::max(width, m.capabilityName.size());
    QString header = u"Requirement"_s.leftJustified(width) + u"  importance  min  stack";
    for (const ProductScore &p : r.products)
        header += u"  " + QString(u'[' + QString::number(p.rank) + u']').leftJustified(4);
    out << '\n' << header.trimmed() << '\n';
    for (size_t row = 0; row < r.matrix.size(); ++row) {
        const MatrixRow &m = r.matrix[row];
        QString line = m.capabilityName.leftJustified(width) + u"  "
                       + importanceName(m.requirement.importance).leftJustified(10) + u"  "
                       + QString::number(m.requirement.minStrength).rightJustified(3) + u"  "
                       + QString(QString::number(m.stackStrength) + (m.gap ? u" gap"_s : QString()))
                             .leftJustified(5);
        for (const ProductScore &p : r.products) {
            const int s = p.strengths[row];
            line += u"  "
                    + QString(QString::number(s)
                              + (s >= m.requirement.minStrength ? u" ✓"_s : u" ✗"_s))
                          .leftJustified(4);
        }
        out << line.trimmed() << '\n';
    }
    out << "(strength 1 basic, 2 solid, 3 leading; ✓ meets the minimum)\n";
}

} // namespace

void printComparisonText(QTextStream &out,
                         const ComparisonResult &r,
                         const WorkspaceInfo &info,
                         const QString &filled)
{
    const QString company = info.company.isEmpty() ? u"the workspace"_s : info.company;
    if (filled.isEmpty())
        out << "Comparing " << r.products.size() << " products for " << company;
    else
        out << "Products that fill " << filled << " for " << company << ": " << r.products.size()
            << " shown";
    out << " (" << r.activeTools << " active tools, " << r.matrix.size() << " requirements)\n";
    QStringList weights;
    for (int i = 0; i < kCriterionCount; ++i)
        weights << criterionKey(Criterion(i)) + u' ' + percent(r.weights.values[size_t(i)]);
    out << "Weights: " << weights.join(u", ") << "\n\n";
    if (r.products.empty()) {
        out << "No catalogue product has it at the strength required.\n";
        return;
    }
    qsizetype nameWidth = 7;
    for (const ProductScore &p : r.products)
        nameWidth = std::max(nameWidth, p.product.name.size());
    ranking(out, r, nameWidth);
    for (const ProductScore &p : r.products)
        breakdown(out, r, p);
    matrix(out, r);
}

} // namespace sa::cli
