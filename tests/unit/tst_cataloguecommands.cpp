// The catalogue's undo commands against the real SQLite store (small fixture): the exact
// store state after each do, undo and redo, the document's signals, and store errors
// (refused first run: nothing pushed; failed undo: errorOccurred, command dropped).
#include "catalogue/cataloguedocument.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// The store marks a shipped product edited on every update, undo included (so that a
// newer shipped catalogue does not overwrite it); compare everything else.
Product ignoringEditFlag(Product p)
{
    p.edited = false;
    return p;
}

// Products list capabilities in the order they were rated; a restored rating comes last.
Product capabilitiesSorted(Product p)
{
    std::sort(p.capabilities.begin(), p.capabilities.end(), [](const auto &a, const auto &b) {
        return a.capabilitySlug < b.capabilitySlug;
    });
    return p;
}

QStringList capabilitySlugs(const Product &p)
{
    QStringList slugs;
    for (const ProductCapability &c : p.capabilities)
        slugs << c.capabilitySlug + u':' + QString::number(c.strength);
    slugs.sort();
    return slugs;
}

QStringList integrationSlugs(const Product &p)
{
    QStringList slugs;
    for (const ProductIntegration &i : p.integrations)
        slugs << i.otherSlug + u':' + integrationKindName(i.kind);
    slugs.sort();
    return slugs;
}

} // namespace

class TestCatalogueCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addProduct();
    void editProduct();
    void removeProductRestoresIdAndRelations();
    void addCapability();
    void editCapability();
    void removeCapabilityRestoresEveryUse();
    void unchangedEditPushesNothing();
    void refusedEditPushesNothing();
    void failedUndoReportsAndDropsTheCommand();

private:
    ProductId id(const QString &slug) const { return test::productId(*m_store, slug); }
    QUndoStack *stack() const { return m_document->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
};

void TestCatalogueCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openSmallCatalogue(m_dir->filePath(u"catalogue.sqlite"_s));
    QVERIFY(m_store);
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
}

void TestCatalogueCommands::cleanup()
{
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCatalogueCommands::addProduct()
{
    Product p;
    p.name = u"Customer.io"_s;
    p.vendorName = u"Customer.io"_s;
    p.categoryId = test::categoryId(*m_store, u"email-marketing"_s);
    p.description = u"Messaging for product-led teams."_s;
    p.segments = QStringList{u"smb"_s, u"mid-market"_s};
    p.price.low = 1200;
    p.price.high = 12000;
    p.price.asOf = QDate(2024, 6, 1);
    p.aliases = QStringList{u"CIO"_s};
    p.capabilities.push_back(
        {test::capabilityId(*m_store, u"email-campaigns"_s), u"email-campaigns"_s, {}, 3});
    p.capabilities.push_back(
        {test::capabilityId(*m_store, u"marketing-workflows"_s), u"marketing-workflows"_s, {}, 2});
    p.integrations.push_back(
        {id(u"hubspot-crm"_s), u"hubspot-crm"_s, {}, IntegrationKind::Connector});

    QSignalSpy added(m_document.get(), &CatalogueDocument::productAdded);
    QSignalSpy changed(m_document.get(), &CatalogueDocument::productChanged);
    QSignalSpy removed(m_document.get(), &CatalogueDocument::productRemoved);
    const Expected<ProductId> newId = m_document->addProduct(p);
    QVERIFY2(newId.ok(), newId.ok() ? "" : qPrintable(newId.error().message));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Add product “Customer.io”"_s);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toLongLong(), *newId);
    QCOMPARE(changed.count(), 1); // HubSpot Smart CRM gained an integration
    QCOMPARE(changed.first().first().toLongLong(), id(u"hubspot-crm"_s));

    const Product stored = *m_store->product(*newId);
    QCOMPARE(stored.slug, u"customer-io"_s);
    QCOMPARE(stored.vendorName, u"Customer.io"_s);
    QCOMPARE(stored.categorySlug, u"email-marketing"_s);
    QCOMPARE(stored.price.display(), u"$1.2k – $12k / yr"_s);
    QCOMPARE(stored.aliases, QStringList{u"CIO"_s});
    QCOMPARE(capabilitySlugs(stored),
             QStringList({u"email-campaigns:3"_s, u"marketing-workflows:2"_s}));
    QCOMPARE(integrationSlugs(stored), QStringList{u"hubspot-crm:connector"_s});
    QCOMPARE(m_store->stats().products, 13);
    QCOMPARE(m_store->stats().vendors, 5);

    stack()->undo();
    QVERIFY(!m_store->product(*newId));
    QVERIFY(!m_store->productBySlug(u"customer-io"_s));
    QCOMPARE(m_store->stats().products, 12);
    QCOMPARE(integrationSlugs(*m_store->product(id(u"hubspot-crm"_s))),
             QStringList({u"brevo:connector"_s,
                          u"hubspot-marketing-hub:native"_s,
                          u"hubspot-sales-hub:native"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), *newId);

    stack()->redo();
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.last().first().toLongLong(), *newId); // the same id again
    QCOMPARE(*m_store->product(*newId), stored);
}

void TestCatalogueCommands::editProduct()
{
    const Product before = *m_store->product(id(u"brevo"_s));
    Product after = before;
    after.name = u"Brevo Marketing Platform"_s;
    after.price.low = 500;
    after.price.high = 9000;
    after.segments = QStringList{u"smb"_s, u"mid-market"_s};
    after.capabilities.pop_back(); // drop one of the three
    after.integrations.clear();

    QSignalSpy changed(m_document.get(), &CatalogueDocument::productChanged);
    QVERIFY(m_document->editProduct(after).ok());
    QCOMPARE(stack()->undoText(), u"Edit product “Brevo Marketing Platform”"_s);
    // Brevo itself and the two products it no longer integrates with.
    QCOMPARE(changed.count(), 3);
    const Product edited = *m_store->product(before.id);
    QCOMPARE(edited.name, u"Brevo Marketing Platform"_s);
    QCOMPARE(edited.slug, u"brevo"_s);
    QCOMPARE(edited.price.display(), u"$500 – $9k / yr"_s);
    QCOMPARE(edited.segments, after.segments);
    QCOMPARE(edited.capabilities.size(), size_t(2));
    QVERIFY(edited.integrations.empty());
    QVERIFY(edited.edited);
    QCOMPARE(integrationSlugs(*m_store->product(id(u"brevo-meetings"_s))), QStringList());

    stack()->undo();
    QCOMPARE(ignoringEditFlag(*m_store->product(before.id)), ignoringEditFlag(before));
    QCOMPARE(integrationSlugs(*m_store->product(id(u"brevo-meetings"_s))),
             QStringList{u"brevo:native"_s});
    QCOMPARE(changed.count(), 6);

    stack()->redo();
    QCOMPARE(*m_store->product(before.id), edited);
}

void TestCatalogueCommands::removeProductRestoresIdAndRelations()
{
    const ProductId crm = id(u"hubspot-crm"_s);
    const Product before = *m_store->product(crm);
    QCOMPARE(integrationSlugs(before),
             QStringList({u"brevo:connector"_s,
                          u"hubspot-marketing-hub:native"_s,
                          u"hubspot-sales-hub:native"_s}));
    const Product partnerBefore = *m_store->product(id(u"hubspot-marketing-hub"_s));

    QSignalSpy removed(m_document.get(), &CatalogueDocument::productRemoved);
    QSignalSpy changed(m_document.get(), &CatalogueDocument::productChanged);
    QVERIFY(m_document->removeProduct(crm).ok());
    QCOMPARE(stack()->undoText(), u"Delete product “HubSpot Smart CRM”"_s);
    QVERIFY(!m_store->product(crm));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(integrationSlugs(*m_store->product(id(u"hubspot-marketing-hub"_s))), QStringList());
    QCOMPARE(m_store->stats().products, 11);

    stack()->undo();
    QCOMPARE(*m_store->product(crm), before); // same id, capabilities, aliases, integrations
    QCOMPARE(*m_store->product(id(u"hubspot-marketing-hub"_s)), partnerBefore);
    QCOMPARE(m_store->stats().products, 12);

    stack()->redo();
    QVERIFY(!m_store->product(crm));
    stack()->undo();
    QCOMPARE(*m_store->product(crm), before);
}

void TestCatalogueCommands::addCapability()
{
    Capability c;
    c.name = u"Churn prediction"_s;
    c.slug = u"churn-prediction"_s;
    c.categoryId = test::categoryId(*m_store, u"cdp"_s);
    c.description = u"Predict which customers will leave."_s;
    c.aliases = QStringList{u"churn scoring"_s};
    QSignalSpy added(m_document.get(), &CatalogueDocument::capabilityAdded);
    const Expected<CapabilityId> newId = m_document->addCapability(c);
    QVERIFY2(newId.ok(), newId.ok() ? "" : qPrintable(newId.error().message));
    QCOMPARE(added.count(), 1);
    const Capability stored = *m_document->capability(*newId);
    QCOMPARE(stored.name, c.name);
    QCOMPARE(stored.categorySlug, u"cdp"_s);
    QCOMPARE(stored.aliases, c.aliases);
    QCOMPARE(m_store->stats().capabilities, 12);

    stack()->undo();
    QVERIFY(!m_document->capability(*newId));
    QCOMPARE(m_store->stats().capabilities, 11);
    stack()->redo();
    QCOMPARE(*m_document->capability(*newId), stored);
}

void TestCatalogueCommands::editCapability()
{
    const CapabilityId scoring = test::capabilityId(*m_store, u"lead-scoring"_s);
    const Capability before = *m_document->capability(scoring);
    Capability after = before;
    after.name = u"Predictive lead scoring"_s;
    after.description = u"Rank leads with a model."_s;
    QSignalSpy changed(m_document.get(), &CatalogueDocument::capabilityChanged);
    QVERIFY(m_document->editCapability(after).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_document->capability(scoring)->name, u"Predictive lead scoring"_s);
    QCOMPARE(m_store->product(id(u"adobe-marketo-engage"_s))
                 ->capabilities.front()
                 .capabilityName.isEmpty(),
             false);

    stack()->undo();
    QCOMPARE(*m_document->capability(scoring), before);
    stack()->redo();
    QCOMPARE(m_document->capability(scoring)->description, u"Rank leads with a model."_s);
}

void TestCatalogueCommands::removeCapabilityRestoresEveryUse()
{
    const CapabilityId campaigns = test::capabilityId(*m_store, u"email-campaigns"_s);
    const Capability before = *m_document->capability(campaigns);
    const std::vector<CapabilityUse> uses = m_store->capabilityUses(campaigns);
    QCOMPARE(uses.size(), size_t(5));
    const Product hubBefore = *m_store->product(id(u"hubspot-marketing-hub"_s));
    QCOMPARE(hubBefore.capabilities.size(), size_t(5));

    QSignalSpy removed(m_document.get(), &CatalogueDocument::capabilityRemoved);
    QSignalSpy changed(m_document.get(), &CatalogueDocument::productChanged);
    QVERIFY(m_document->removeCapability(campaigns).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 5); // every product that had it
    QVERIFY(!m_document->capability(campaigns));
    QVERIFY(m_store->capabilityUses(campaigns).empty());
    QCOMPARE(capabilitySlugs(*m_store->product(id(u"hubspot-marketing-hub"_s))),
             QStringList({u"email-templates:2"_s,
                          u"lead-scoring:2"_s,
                          u"marketing-workflows:2"_s,
                          u"web-analytics:1"_s}));

    stack()->undo();
    QCOMPARE(*m_document->capability(campaigns), before); // same id
    QCOMPARE(m_store->capabilityUses(campaigns), uses);
    QCOMPARE(capabilitiesSorted(*m_store->product(id(u"hubspot-marketing-hub"_s))),
             capabilitiesSorted(hubBefore));

    stack()->redo();
    QVERIFY(!m_document->capability(campaigns));
    QCOMPARE(m_store->stats().capabilities, 10);
}

void TestCatalogueCommands::unchangedEditPushesNothing()
{
    const Product brevo = *m_store->product(id(u"brevo"_s));
    QVERIFY(m_document->editProduct(brevo).ok());
    QCOMPARE(stack()->count(), 0);
}

void TestCatalogueCommands::refusedEditPushesNothing()
{
    QSignalSpy added(m_document.get(), &CatalogueDocument::productAdded);
    Product duplicate;
    duplicate.name = u"Brevo"_s; // its slug "brevo" is taken
    duplicate.vendorName = u"Brevo"_s;
    const Expected<ProductId> refused = m_document->addProduct(duplicate);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, u"a product with the slug 'brevo' already exists"_s);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(added.count(), 0);

    Product gone = *m_store->product(id(u"brevo"_s));
    gone.id = 987654;
    const Status missing = m_document->editProduct(gone);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, u"The product “Brevo” is no longer in the catalogue."_s);
    QVERIFY(!m_document->removeProduct(987654).ok());
    QVERIFY(!m_document->removeCapability(987654).ok());
    QCOMPARE(stack()->count(), 0);
}

void TestCatalogueCommands::failedUndoReportsAndDropsTheCommand()
{
    QSignalSpy errors(m_document.get(), &CatalogueDocument::errorOccurred);
    Product p;
    p.name = u"Short-lived"_s;
    p.vendorName = u"Brevo"_s;
    const Expected<ProductId> added = m_document->addProduct(p);
    QVERIFY(added.ok());
    QVERIFY(m_store->removeProduct(*added).ok()); // another writer got there first

    stack()->undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(),
             u"there is no product with the id "_s + QString::number(*added));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!stack()->canUndo());
    QVERIFY(!stack()->canRedo());
}

QTEST_GUILESS_MAIN(TestCatalogueCommands)
#include "tst_cataloguecommands.moc"
