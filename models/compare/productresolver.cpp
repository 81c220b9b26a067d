#include "productresolver.h"

#include <functional>

namespace sa {

namespace {

using Match = std::function<bool(const Product &, const QString &)>;

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

const std::vector<Match> &levels()
{
    static const std::vector<Match> all{
        [](const Product &p, const QString &n) { return same(p.slug, n); },
        [](const Product &p, const QString &n) { return same(p.name, n); },
        [](const Product &p, const QString &n) {
            return std::any_of(p.aliases.begin(), p.aliases.end(), [&](const QString &alias) {
                return same(alias, n);
            });
        },
    };
    return all;
}

} // namespace

ProductResolver::ProductResolver(std::vector<Product> catalogue, std::vector<Product> snapshots)
    : m_catalogue(std::move(catalogue))
    , m_snapshots(std::move(snapshots))
{
}

Expected<Product> ProductResolver::resolve(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const std::vector<Product> *source : {&m_catalogue, &m_snapshots}) {
        for (const Match &match : levels()) {
            std::vector<const Product *> found;
            for (const Product &p : *source) {
                if (match(p, wanted))
                    found.push_back(&p);
            }
            if (found.size() == 1)
                return *found.front();
            if (found.size() > 1) {
                QStringList names;
                for (const Product *p : found)
                    names << p->name + u" (" + p->slug + u')';
                return Error::badInput(u"'" + name + u"' names several products: "
                                       + names.join(u", ") + u"; give the slug");
            }
        }
    }
    return Error::badInput(u"unknown product '" + name
                           + u"': no slug, name or alias in the catalogue or the workspace");
}

Expected<std::vector<Product>> ProductResolver::resolveAll(const QStringList &names) const
{
    std::vector<Product> out;
    for (const QString &name : names) {
        Expected<Product> p = resolve(name);
        if (!p)
            return p.error();
        out.push_back(std::move(*p));
    }
    return out;
}

} // namespace sa
