#include "shortlist.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sa {

Status checkShortlist(const Shortlist &s)
{
    if (s.name.trimmed().isEmpty())
        return Error::badInput(u"a shortlist needs a name"_s);
    if (s.productSlugs.size() > kMaxShortlistProducts)
        return Error::badInput(u"a shortlist holds at most "_s
                               + QString::number(kMaxShortlistProducts) + u" products");
    if (QSet<QString>(s.productSlugs.begin(), s.productSlugs.end()).size() != s.productSlugs.size())
        return Error::badInput(u"the shortlist “" + s.name + u"” names a product twice");
    if (const Expected<CriterionWeights> w = s.weights.normalised(); !w)
        return w.error();
    return success();
}

} // namespace sa
