#include "exchangedeletions.h"

#include "rowversion.h"
#include "tombstones.h"

#include <QSet>

namespace sa {

ExchangeDeletions::ExchangeDeletions(QSqlDatabase db, RemoveFn remove)
    : m_db(std::move(db))
    , m_remove(std::move(remove))
{
}

Status ExchangeDeletions::apply(const CatalogueContent &content, ExchangeSummary *summary)
{
    QSet<QString> liveProducts;
    QSet<QString> liveCapabilities;
    for (const Product &p : content.products)
        liveProducts.insert(p.slug);
    for (const Capability &c : content.capabilities)
        liveCapabilities.insert(c.slug);
    for (const Tombstone &t : content.tombstones) {
        const bool product = t.kind == Tombstone::Kind::Product;
        if ((product ? liveProducts : liveCapabilities).contains(t.slug))
            continue;
        const Expected<RowVersion::Written> here = RowVersion::written(m_db, t.kind, t.slug);
        if (!here)
            return here.error();
        if (here->id && here->changedAt > t.when) {
            ++summary->keptEdited;
            continue;
        }
        if (here->id) {
            if (Status s = m_remove(t.kind, here->id); !s)
                return s;
            ++(product ? summary->productsRemoved : summary->capabilitiesRemoved);
        }
        if (Status s = Tombstones::add(m_db, t.kind, t.slug, t.when); !s)
            return s;
    }
    return success();
}

Status ExchangeDeletions::added(Tombstone::Kind kind, const QString &slug)
{
    return Tombstones::remove(m_db, kind, slug);
}

} // namespace sa
