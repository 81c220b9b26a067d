#pragma once

#include <QIdentityProxyModel>

namespace sa {

// A ComparisonScoreModel with headers for narrow columns: each criterion's short name over
// the weight it counts with ("Coverage" / "× 40 %"), the full title in the tooltip, so a
// ranking says how its points were weighted.
class RankingHeaders final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingHeaders)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace sa
