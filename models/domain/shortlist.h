#pragma once

#include "criterionweights.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sa {

using ShortlistId = qint64;

// A named set of products the company is weighing up, kept in the workspace with the
// weights the user set for it, so that the comparison reads the same when reopened. The
// products are catalogue slugs whose snapshots the workspace holds, in the user's order
// (at most kMaxShortlistProducts; a comparison needs two).
struct Shortlist
{
    ShortlistId id = 0;
    QString name;
    QString notes;
    QStringList productSlugs;
    CriterionWeights weights; // as the user set them, not normalised
    QDateTime created;        // set by the store when adding

    friend bool operator==(const Shortlist &, const Shortlist &) = default;
};

inline constexpr int kMaxShortlistProducts = 6;

// The rules a shortlist keeps on its own: a name, at most six products, none twice,
// usable weights. The store adds what needs the file (a unique name, the snapshots).
Status checkShortlist(const Shortlist &shortlist);

} // namespace sa
