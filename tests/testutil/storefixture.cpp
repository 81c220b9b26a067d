#include "storefixture.h"

#include "store/cataloguefile.h"
#include "testutil.h"

#include <QTest>

namespace sa::test {

CatalogueReadResult smallCatalogue()
{
    CatalogueReadResult read = readCatalogueFolder(fixture(QStringLiteral("catalogue-small")));
    if (!read.errors.isEmpty())
        QTest::qFail(qPrintable(read.errors.first()), __FILE__, __LINE__);
    return read;
}

std::unique_ptr<SqliteCatalogueStore> openSmallCatalogue(const QString &path)
{
    OpenedCatalogue opened = openCatalogue(path, smallCatalogue());
    if (!opened.ok())
        QTest::qFail(qPrintable(opened.message), __FILE__, __LINE__);
    return std::move(opened.store);
}

ProductId productId(const CatalogueStore &store, const QString &slug)
{
    const std::optional<Product> p = store.productBySlug(slug);
    return p ? p->id : 0;
}

CapabilityId capabilityId(const CatalogueStore &store, const QString &slug)
{
    for (const Capability &c : store.capabilities()) {
        if (c.slug == slug)
            return c.id;
    }
    return 0;
}

CategoryId categoryId(const CatalogueStore &store, const QString &slug)
{
    for (const Category &c : store.categories()) {
        if (c.slug == slug)
            return c.id;
    }
    return 0;
}

} // namespace sa::test
