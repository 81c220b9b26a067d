#include "comparisondetailsmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QString linkText(const StackLink &link)
{
    QString kind = integrationKindName(link.kind);
    if (link.hub)
        kind += u" · hub"_s;
    return link.toolName + u" (" + kind + u')';
}

} // namespace

ComparisonDetailsModel::ComparisonDetailsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonDetailsModel::setResult(ComparisonResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int ComparisonDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_result.products.empty() ? 0 : RowCount;
}

int ComparisonDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_result.products.size());
}

QString ComparisonDetailsModel::aspectTitle(int row)
{
    switch (row) {
    case Integrations:
        return tr("Integrates with your tools");
    case Price:
        return tr("Indicative price band");
    case Segment:
        return tr("Segment fit");
    case Deployment:
        return tr("Deployment");
    case Owned:
        return tr("Already owned as");
    case GapsClosed:
        return tr("Gaps it closes");
    case Overlaps:
        return tr("Duplicates what you own");
    default:
        return QString();
    }
}

QString ComparisonDetailsModel::names(const QStringList &slugs) const
{
    QStringList out;
    for (const QString &slug : slugs)
        out << m_result.capabilityName(slug);
    return out.join(u", "_s);
}

QString ComparisonDetailsModel::text(const ProductScore &p, int row) const
{
    switch (row) {
    case Integrations: {
        if (p.links.empty())
            return tr("None of your %1 tools").arg(p.stackTools);
        QStringList links;
        for (const StackLink &l : p.links)
            links << linkText(l);
        return tr("%1 of %2: %3").arg(p.links.size()).arg(p.stackTools).arg(links.join(u", "_s));
    }
    case Price:
        return p.product.price.display();
    case Segment: {
        const QString sold
            = p.product.segments.isEmpty() ? tr("not stated") : p.product.segments.join(u", "_s);
        if (!p.segmentFit)
            return sold;
        return *p.segmentFit ? tr("✓ fits %1 (sold to %2)").arg(m_result.segment, sold)
                             : tr("✗ not sold to %1 (%2)").arg(m_result.segment, sold);
    }
    case Deployment:
        return p.product.deployment.isEmpty() ? tr("not stated") : p.product.deployment;
    case Owned:
        return p.ownedAs.isEmpty() ? tr("No") : p.ownedAs.join(u", "_s);
    case GapsClosed:
        return p.gapsClosed.isEmpty() ? tr("None") : names(p.gapsClosed);
    case Overlaps:
        if (p.capabilitiesAtThreshold.isEmpty())
            return tr("Nothing at strength %1 or more").arg(m_result.overlapThreshold);
        return p.overlapping.isEmpty()
                   ? tr("Nothing (0 of %1)").arg(p.capabilitiesAtThreshold.size())
                   : tr("%1 of %2: %3")
                         .arg(p.overlapping.size())
                         .arg(p.capabilitiesAtThreshold.size())
                         .arg(names(p.overlapping));
    default:
        return QString();
    }
}

QString ComparisonDetailsModel::toolTip(const ProductScore &p, int row) const
{
    if (row != Price)
        return text(p, row);
    const PriceBand &band = p.product.price;
    QStringList lines{tr("%1: indicative, never a quote").arg(band.display())};
    if (!band.basis.isEmpty())
        lines << band.basis;
    if (band.asOf.isValid())
        lines << tr("Published price as of %1")
                     .arg(QLocale().toString(band.asOf, QLocale::ShortFormat));
    return lines.join(u'\n');
}

QVariant ComparisonDetailsModel::value(const ProductScore &p, int row) const
{
    switch (row) {
    case Integrations:
        return int(p.links.size());
    case Price:
        return p.priceMidpoint ? QVariant(*p.priceMidpoint) : QVariant();
    case Segment:
        return p.segmentFit ? QVariant(*p.segmentFit) : QVariant();
    case Deployment:
        return p.product.deployment;
    case Owned:
        return p.ownedAs;
    case GapsClosed:
        return int(p.gapsClosed.size());
    case Overlaps:
        return int(p.overlapping.size());
    default:
        return {};
    }
}

QVariant ComparisonDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == Aspect) {
        if (role == Qt::DisplayRole || role == UnderlyingDataRole)
            return aspectTitle(row);
        return {};
    }
    const ProductScore &p = m_result.products[size_t(index.column() - ColumnCount)];
    switch (role) {
    case Qt::DisplayRole:
        return text(p, row);
    case Qt::ToolTipRole:
        return toolTip(p, row);
    case UnderlyingDataRole:
        return value(p, row);
    case Qt::ForegroundRole:
        if (row == Segment && p.segmentFit)
            return QColor(*p.segmentFit ? 0x16'5c'37 : 0xb4'23'18);
        if (row == GapsClosed && !p.gapsClosed.isEmpty())
            return QColor(0x16'5c'37);
        return {};
    default:
        return {};
    }
}

QVariant
ComparisonDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Aspect)
        return tr("Stack fit");
    return m_result.products[size_t(section - ColumnCount)].product.name;
}

} // namespace sa
