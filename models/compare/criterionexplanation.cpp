#include "criterionexplanation.h"

#include "domain/money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QString counted(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
}

QString names(const ComparisonResult &r, const QStringList &slugs)
{
    QStringList out;
    for (const QString &s : slugs)
        out << r.capabilityName(s);
    return out.join(u", ");
}

} // namespace

QString criterionExplanation(const ComparisonResult &r, const ProductScore &p, Criterion c)
{
    switch (c) {
    case Criterion::Coverage: {
        int musts = 0;
        for (const MatrixRow &m : r.matrix)
            musts += m.requirement.importance == Importance::Must;
        QString text = QString::number(p.requirementsMet) + u" of "
                       + QString::number(r.matrix.size()) + u" requirements met ("
                       + QString::number(p.mustMet) + u" of " + QString::number(musts) + u" must)";
        if (!p.gapsClosed.isEmpty())
            text += u"; closes " + names(r, p.gapsClosed);
        return text;
    }
    case Criterion::Integration: {
        QStringList links;
        for (const StackLink &l : p.links)
            links << l.toolName + u" (" + integrationKindName(l.kind)
                         + (l.hub ? u", hub)"_s : u")"_s);
        return (links.isEmpty() ? u"no listed integration"_s : links.join(u", ")) + u" among "
               + counted(p.stackTools, "tool", "tools") + u" and "
               + counted(p.stackHubs, "hub", "hubs");
    }
    case Criterion::Cost:
        if (!p.priceMidpoint)
            return p.product.price.isKnown() ? u"priced in another currency"_s
                                             : u"no published price"_s;
        return p.product.price.display() + u", midpoint "
               + formatMoney(Cents(std::llround(*p.priceMidpoint * 100.0)), r.priceCurrency);
    case Criterion::Overlap:
        if (p.capabilitiesAtThreshold.isEmpty())
            return u"nothing offered at "_s + strengthName(r.overlapThreshold) + u" or above";
        return QString::number(p.overlapping.size()) + u" of "
               + QString::number(p.capabilitiesAtThreshold.size()) + u" capabilities at "
               + strengthName(r.overlapThreshold) + u" or above already owned"
               + (p.overlapping.isEmpty() ? QString() : u": " + names(r, p.overlapping));
    }
    return QString();
}

} // namespace sa
