#include "rankingheaders.h"

#include "compareweightspanel.h"
#include "itemmodels/comparisonscoremodel.h"

using namespace Qt::StringLiterals;

namespace sa {

QVariant RankingHeaders::headerData(int section, Qt::Orientation orientation, int role) const
{
    const auto *scores = qobject_cast<const ComparisonScoreModel *>(sourceModel());
    const bool criterion
        = section >= ComparisonScoreModel::Coverage && section < ComparisonScoreModel::ColumnCount;
    if (!scores || orientation != Qt::Horizontal || !criterion)
        return QIdentityProxyModel::headerData(section, orientation, role);
    const Criterion c = ComparisonScoreModel::criterionOf(section);
    if (role == Qt::DisplayRole)
        return QString(criterionShortTitle(c) + u"\n× "
                       + weightPercent(scores->result().weights[c]));
    if (role == Qt::ToolTipRole)
        return criterionTitle(c);
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace sa
