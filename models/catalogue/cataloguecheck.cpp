#include "catalogue/cataloguecontent.h"

#include <QHash>
#include <QSet>

namespace sa {

QStringList catalogueIntegrityProblems(const CatalogueContent &c)
{
    QStringList problems;

    QHash<QString, int> productsPerSubcategory;
    QSet<QString> usedVendors, usedCapabilities;
    // Every name and alias a user might type must lead to exactly one product.
    QHash<QString, QString> nameOwner;
    for (const Product &p : c.products)
        nameOwner.insert(p.name.toCaseFolded(), p.slug);

    QHash<QString, IntegrationKind> pairKinds;
    for (const Product &p : c.products) {
        ++productsPerSubcategory[p.categorySlug];
        usedVendors.insert(p.vendorSlug);
        if (p.capabilities.size() < 3)
            problems << u"product " + p.slug + u" has " + QString::number(p.capabilities.size())
                            + u" capabilities; at least 3 are needed";
        for (const ProductCapability &pc : p.capabilities)
            usedCapabilities.insert(pc.capabilitySlug);
        if (!p.price.isKnown() && p.price.basis.isEmpty())
            problems << u"product " + p.slug + u" has no price and no price basis";
        for (const QString &alias : p.aliases) {
            const QString key = alias.toCaseFolded();
            const auto owner = nameOwner.constFind(key);
            if (owner != nameOwner.constEnd()) {
                problems << u"alias '" + alias + u"' of " + p.slug + u" is already "
                                + (*owner == p.slug ? QStringLiteral("its own name")
                                                    : QString(u"a name or alias of " + *owner));
                continue;
            }
            nameOwner.insert(key, p.slug);
        }
        for (const ProductIntegration &i : p.integrations) {
            const QString key = p.slug < i.otherSlug ? p.slug + u'|' + i.otherSlug
                                                     : i.otherSlug + u'|' + p.slug;
            const auto it = pairKinds.constFind(key);
            if (it != pairKinds.constEnd() && *it != i.kind)
                problems << u"integration " + key + u" is listed with two different kinds";
            pairKinds.insert(key, i.kind);
        }
    }
    for (const Category &cat : c.categories) {
        if (!cat.isTopLevel() && productsPerSubcategory.value(cat.slug) == 0)
            problems << u"subcategory " + cat.slug + u" has no products";
    }
    for (const Vendor &v : c.vendors) {
        if (!usedVendors.contains(v.slug))
            problems << u"vendor " + v.slug + u" has no products";
    }
    for (const Capability &cap : c.capabilities) {
        if (!usedCapabilities.contains(cap.slug))
            problems << u"capability " + cap.slug + u" is not offered by any product";
    }
    return problems;
}

} // namespace sa
