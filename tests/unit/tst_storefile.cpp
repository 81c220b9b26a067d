// Catalogue files: creating one from the shipped content, merging a newer shipped
// catalogue without losing the user's changes, recognising damaged, foreign and newer
// files with the right problem and message, rebuilding, and the real shipped catalogue.
#include "store/cataloguefile.h"
#include "store/sqliteconnection.h"
#include "storefixture.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A copy of the small fixture catalogue's folder, to change as a newer release would.
bool copyFixtureFolder(const QString &to)
{
    const QString from = test::fixture(QStringLiteral("catalogue-small"));
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

bool replaceInFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    f.close();
    if (!bytes.contains(before))
        return false;
    bytes.replace(before, after);
    return writeFile(path, bytes);
}

// Moves the file's modification time an hour back, as if written long ago.
bool age(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite)
           && f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                            QFileDevice::FileModificationTime);
}

bool runSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlQuery q(SqliteConnection::database(path));
        ok = q.exec(sql);
    }
    SqliteConnection::close(path);
    return ok;
}

Product *findProduct(CatalogueContent &content, const QString &slug)
{
    for (Product &p : content.products) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

QString notCatalogueMessage(const QString &path, const QString &why)
{
    return path + u" is not a StackAtlas catalogue or is damaged (" + why
           + u"). StackAtlas can rebuild it from the catalogue it ships with; the old file is then "
             u"kept "
             u"beside the new one.";
}

} // namespace

class TestStoreFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAndReopens();
    void shippedDirFromEnvironment();
    void mergeKeepsUserChanges();
    void shippedFingerprintFromBytes();
    void unchangedShippedTextIsNotRead();
    void changedShippedTextIsMerged();
    void integrityCheckSkippedWhenUnchanged();
    void randomBytes();
    void damagedPages();
    void foreignSqliteFile();
    void missingSchemaVersion();
    void schemaFromTheFuture();
    void ioErrors();
    void shippedContentWithErrors();
    void rebuild();
    void defaultPath();
    void realShippedCatalogue();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStoreFile::initTestCase()
{
    // Integrity records go to the test cache folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("catalogue.sqlite"));
}

void TestStoreFile::cleanup()
{
    SqliteConnection::close(m_path);
    m_dir.reset();
}

void TestStoreFile::createsAndReopens()
{
    const CatalogueReadResult small = test::smallCatalogue();
    {
        OpenedCatalogue opened = openCatalogue(m_path, small);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.problem, CatalogueProblem::None);
        QVERIFY(opened.created);
        QCOMPARE(opened.merge, std::optional<MergeSummary>(MergeSummary{12, 0, 0, 0, 0}));
        QCOMPARE(opened.store->stats(), (CatalogueStats{12, 4, 3, 6, 11, 11, 10, 2}));
    }
    const QByteArray bytes = test::fileBytes(m_path);
    // Same content again: nothing to merge, nothing written.
    OpenedCatalogue again = openCatalogue(m_path, small);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(!again.created);
    QCOMPARE(again.merge, std::nullopt);
    QCOMPARE(again.store->stats().products, 12);
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::shippedDirFromEnvironment()
{
    qputenv("STACKATLAS_SHIPPED_CATALOGUE",
            test::fixture(QStringLiteral("catalogue-small")).toUtf8());
    OpenedCatalogue opened = openCatalogue(m_path);
    qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.store->stats().products, 12);
}

void TestStoreFile::mergeKeepsUserChanges()
{
    const CatalogueReadResult v1 = test::smallCatalogue();
    {
        OpenedCatalogue opened = openCatalogue(m_path, v1);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        CatalogueStore &store = *opened.store;
        // The user edits two shipped products, deletes one, adds a product whose slug
        // a later shipped catalogue also uses, and adds a capability.
        for (const char16_t *slug : {u"brevo", u"brevo-meetings"}) {
            Product p = *store.productBySlug(QString::fromUtf16(slug));
            p.description = QStringLiteral("Our own words.");
            QVERIFY(store.updateProduct(p).ok());
        }
        QVERIFY(store.removeProduct(test::productId(store, QStringLiteral("adobe-real-time-cdp")))
                    .ok());
        Product mine;
        mine.name = QStringLiteral("Acme CDP");
        mine.description = QStringLiteral("Built in house.");
        QVERIFY(store.addProduct(mine).ok());
        Capability consent;
        consent.name = QStringLiteral("Consent management");
        consent.categorySlug = QStringLiteral("cdp");
        QVERIFY(store.addCapability(consent, {}).ok());
    }

    // The next shipped catalogue.
    CatalogueReadResult v2 = v1;
    CatalogueContent &c = v2.content;
    c.fingerprint = QStringLiteral("v2");
    findProduct(c, QStringLiteral("hubspot-crm"))->description
        = QStringLiteral("Free CRM, new words.");
    findProduct(c, QStringLiteral("brevo"))->description = QStringLiteral("Shipped words.");
    std::erase_if(c.products, [](const Product &p) {
        return p.slug == u"salesforce-data-cloud" || p.slug == u"brevo-meetings";
    });
    Product hub;
    hub.slug = QStringLiteral("hubspot-content-hub");
    hub.name = QStringLiteral("HubSpot Content Hub");
    hub.vendorSlug = QStringLiteral("hubspot");
    hub.categorySlug = QStringLiteral("email-marketing");
    hub.capabilities = {ProductCapability{0, QStringLiteral("email-templates"), QString(), 2}};
    hub.integrations = {
        ProductIntegration{0, QStringLiteral("hubspot-crm"), QString(), IntegrationKind::Native}};
    hub.origin = Origin::Shipped;
    c.products.push_back(hub);
    Product clash = hub;
    clash.slug = QStringLiteral("acme-cdp");
    clash.name = QStringLiteral("Shipped Acme CDP");
    clash.integrations.clear();
    c.products.push_back(clash);
    for (Capability &cap : c.capabilities) {
        if (cap.slug == u"lead-scoring")
            cap.name = QStringLiteral("Lead and account scoring");
    }

    OpenedCatalogue opened = openCatalogue(m_path, v2);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    // Updated: the 12 shipped products less data-cloud (withdrawn), real-time-cdp
    // (deleted by the user), brevo and brevo-meetings (edited) = 8. Kept: brevo,
    // brevo-meetings (edited, although withdrawn) and the user's acme-cdp.
    QCOMPARE(opened.merge, std::optional<MergeSummary>(MergeSummary{1, 8, 1, 3, 1}));
    const CatalogueStore &store = *opened.store;
    QCOMPARE(store.productBySlug(QStringLiteral("hubspot-crm"))->description,
             QStringLiteral("Free CRM, new words."));
    QCOMPARE(store.productBySlug(QStringLiteral("brevo"))->description,
             QStringLiteral("Our own words."));
    QCOMPARE(store.productBySlug(QStringLiteral("brevo-meetings"))->description,
             QStringLiteral("Our own words."));
    QCOMPARE(store.productBySlug(QStringLiteral("salesforce-data-cloud")), std::nullopt);
    QCOMPARE(store.productBySlug(QStringLiteral("adobe-real-time-cdp")), std::nullopt);
    const std::optional<Product> mine = store.productBySlug(QStringLiteral("acme-cdp"));
    QCOMPARE(mine->name, QStringLiteral("Acme CDP"));
    QCOMPARE(mine->origin, Origin::User);
    const std::optional<Product> added = store.productBySlug(QStringLiteral("hubspot-content-hub"));
    QVERIFY(added);
    QCOMPARE(added->origin, Origin::Shipped);
    QCOMPARE(added->integrations.size(), size_t(1));
    // Products: 12 - 2 + 1 (acme-cdp) + 1 (content hub) = 12. Capabilities: 11 + the
    // user's. Aliases: 11 less real-time-cdp's AEP. Integrations: 10 less sales-cloud/
    // data-cloud and adobe-analytics/real-time-cdp, plus content-hub/crm. Acme CDP has
    // no capability.
    QCOMPARE(store.stats(), (CatalogueStats{12, 4, 3, 6, 12, 10, 9, 0}));
    QStringList capabilityNames;
    for (const Capability &cap : store.capabilities())
        capabilityNames << cap.name;
    QVERIFY(capabilityNames.contains(u"Lead and account scoring"));
    QVERIFY(capabilityNames.contains(u"Consent management"));
    SearchQuery q;
    q.text = QStringLiteral("account scoring");
    QCOMPARE(store.search(q).totalMatches, 3);

    // The same content again changes nothing.
    const QByteArray bytes = test::fileBytes(m_path);
    opened = openCatalogue(m_path, v2);
    QCOMPARE(opened.merge, std::nullopt);
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::shippedFingerprintFromBytes()
{
    // The cheap fingerprint (bytes only) is the one a full read computes.
    const QString dir = test::fixture(QStringLiteral("catalogue-small"));
    const QString fingerprint = readCatalogueFolder(dir).content.fingerprint;
    QCOMPARE(fingerprint.size(), 40);
    QCOMPARE(catalogueFolderFingerprint(dir), fingerprint);
    QCOMPARE(catalogueFolderFingerprint(QStringLiteral(":/catalogue")),
             readCatalogueFolder(QStringLiteral(":/catalogue")).content.fingerprint);
    // One byte more anywhere gives another fingerprint.
    const QString copy = m_dir->filePath(QStringLiteral("shipped"));
    QVERIFY(copyFixtureFolder(copy));
    QCOMPARE(catalogueFolderFingerprint(copy), fingerprint);
    QVERIFY(replaceInFile(copy + u"/vendors/vendors.txt", "name = Brevo", "name = Brevo "));
    QVERIFY(catalogueFolderFingerprint(copy) != fingerprint);
}

void TestStoreFile::unchangedShippedTextIsNotRead()
{
    const QString shipped = m_dir->filePath(QStringLiteral("shipped"));
    QVERIFY(copyFixtureFolder(shipped));
    qputenv("STACKATLAS_SHIPPED_CATALOGUE", shipped.toUtf8());
    const OpenedCatalogue created = openCatalogue(m_path);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY(created.created);
    QVERIFY(created.shippedRead);
    const QByteArray bytes = test::fileBytes(m_path);
    OpenedCatalogue again = openCatalogue(m_path);
    qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(!again.created);
    QVERIFY(!again.shippedRead);
    QCOMPARE(again.merge, std::nullopt);
    QCOMPARE(again.warnings, QStringList());
    QCOMPARE(again.store->stats().products, 12);
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::changedShippedTextIsMerged()
{
    const QString shipped = m_dir->filePath(QStringLiteral("shipped"));
    QVERIFY(copyFixtureFolder(shipped));
    qputenv("STACKATLAS_SHIPPED_CATALOGUE", shipped.toUtf8());
    {
        OpenedCatalogue opened = openCatalogue(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        // The user edits one shipped product.
        Product brevo = *opened.store->productBySlug(QStringLiteral("brevo"));
        brevo.description = QStringLiteral("Our own words.");
        QVERIFY(opened.store->updateProduct(brevo).ok());
    }
    // The next release changes the words of that product and of another one.
    const QString products = shipped + u"/products/products.txt";
    QVERIFY(replaceInFile(products,
                          "description = Free CRM that imports contacts from SFDC.",
                          "description = Free CRM, now with deals."));
    const std::optional<Product> shippedBrevo = [&] {
        const CatalogueReadResult before = readCatalogueFolder(shipped);
        for (const Product &p : before.content.products) {
            if (p.slug == u"brevo")
                return std::optional<Product>(p);
        }
        return std::optional<Product>();
    }();
    QVERIFY(shippedBrevo);
    QVERIFY(replaceInFile(products,
                          "description = " + shippedBrevo->description.toUtf8(),
                          "description = Shipped new words."));
    OpenedCatalogue opened = openCatalogue(m_path);
    qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(opened.shippedRead);
    // 12 shipped products: brevo kept (edited), the other 11 rewritten.
    QCOMPARE(opened.merge, std::optional<MergeSummary>(MergeSummary{0, 11, 0, 1, 0}));
    QCOMPARE(opened.store->productBySlug(QStringLiteral("hubspot-crm"))->description,
             QStringLiteral("Free CRM, now with deals."));
    QCOMPARE(opened.store->productBySlug(QStringLiteral("brevo"))->description,
             QStringLiteral("Our own words."));
}

void TestStoreFile::integrityCheckSkippedWhenUnchanged()
{
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).ok());
    // Written just now: a second write in the same timestamp tick could hide, so the
    // check runs and is not remembered.
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).integrityChecked);
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).integrityChecked);
    // Written long ago: checked once, then remembered.
    QVERIFY(age(m_path));
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).integrityChecked);
    const OpenedCatalogue unchanged = openCatalogue(m_path, test::smallCatalogue());
    QVERIFY2(unchanged.ok(), qPrintable(unchanged.message));
    QVERIFY(!unchanged.integrityChecked);
    // Any later write brings the check back, and damage is found as before.
    QByteArray bytes = test::fileBytes(m_path);
    for (qsizetype i = 4096; i < 9 * 4096; ++i)
        bytes[i] = char(0xA5);
    QVERIFY(writeFile(m_path, bytes));
    const OpenedCatalogue damaged = openCatalogue(m_path, test::smallCatalogue());
    QVERIFY2(damaged.integrityChecked, qPrintable(damaged.message));
    QCOMPARE(damaged.problem, CatalogueProblem::NotCatalogue);
    // Also when the damage is made to look old: the size and time then differ from the
    // record, which was taken before.
    QVERIFY(age(m_path));
    QCOMPARE(openCatalogue(m_path, test::smallCatalogue()).problem, CatalogueProblem::NotCatalogue);
}

void TestStoreFile::randomBytes()
{
    QByteArray garbage(8192, '\0');
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    QVERIFY(writeFile(m_path, garbage));
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem, CatalogueProblem::NotCatalogue);
    QVERIFY(opened.canRebuild());
    QCOMPARE(opened.message, notCatalogueMessage(m_path, QStringLiteral("file is not a database")));
    QVERIFY(test::fileBytes(m_path) == garbage);
}

void TestStoreFile::damagedPages()
{
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).ok());
    QByteArray bytes = test::fileBytes(m_path);
    QVERIFY(bytes.size() > 16 * 4096);
    // Keep the header page, overwrite pages 2 to 9 (the start of the schema's b-trees).
    for (qsizetype i = 4096; i < 9 * 4096; ++i)
        bytes[i] = char(0xA5);
    QVERIFY(writeFile(m_path, bytes));
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem, CatalogueProblem::NotCatalogue);
    QVERIFY2(opened.message.startsWith(m_path + u" is not a StackAtlas catalogue or is damaged ("),
             qPrintable(opened.message));
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::foreignSqliteFile()
{
    QVERIFY(runSql(m_path,
                   QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
    const QByteArray bytes = test::fileBytes(m_path);
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QCOMPARE(opened.problem, CatalogueProblem::NotCatalogue);
    QCOMPARE(opened.message,
             notCatalogueMessage(
                 m_path, QStringLiteral("it is an SQLite database of another application")));
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::missingSchemaVersion()
{
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).ok());
    QVERIFY(runSql(m_path, QStringLiteral("DROP TABLE schema_version")));
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QCOMPARE(opened.problem, CatalogueProblem::NotCatalogue);
    QCOMPARE(opened.message,
             notCatalogueMessage(m_path, QStringLiteral("it has no schema_version table")));
}

void TestStoreFile::schemaFromTheFuture()
{
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).ok());
    QVERIFY(runSql(
        m_path,
        QStringLiteral("INSERT INTO schema_version VALUES (7, 'future', '2030-01-01T00:00:00Z')")));
    const QByteArray bytes = test::fileBytes(m_path);
    const OpenedCatalogue opened = openCatalogue(m_path, test::smallCatalogue());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem, CatalogueProblem::TooNew);
    QVERIFY(opened.canRebuild());
    QCOMPARE(
        opened.message,
        QString(
            m_path
            + u" was written by a newer version of StackAtlas (catalogue schema 7; this version "
              u"reads up to 6). Update StackAtlas, or rebuild the catalogue from the one this "
              u"version ships with (the newer file is kept beside it)."));
    QCOMPARE(opened.error().kind, Error::Kind::Io);
    QVERIFY(test::fileBytes(m_path) == bytes);
}

void TestStoreFile::ioErrors()
{
    const QString folder = m_dir->filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    const OpenedCatalogue isFolder = openCatalogue(folder, test::smallCatalogue());
    QCOMPARE(isFolder.problem, CatalogueProblem::Io);
    QVERIFY(!isFolder.canRebuild());
    QCOMPARE(isFolder.message,
             QString(u"cannot open the catalogue " + folder + u": it is a folder"));

    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    QVERIFY(writeFile(file, "x"));
    const QString underFile = file + u"/catalogue.sqlite";
    const OpenedCatalogue noFolder = openCatalogue(underFile, test::smallCatalogue());
    QCOMPARE(noFolder.problem, CatalogueProblem::Io);
    QCOMPARE(noFolder.message, QString(u"cannot create the folder " + file));
}

void TestStoreFile::shippedContentWithErrors()
{
    CatalogueReadResult broken = test::smallCatalogue();
    broken.errors << QStringLiteral("products/a.txt:3:9: unknown vendor 'nobody'");
    const OpenedCatalogue fresh = openCatalogue(m_path, broken);
    QCOMPARE(fresh.problem, CatalogueProblem::ShippedContent);
    QCOMPARE(
        fresh.message,
        QString(u"the catalogue shipped with StackAtlas has errors, so " + m_path
                + u" cannot be built; the first is: products/a.txt:3:9: unknown vendor 'nobody'"));
    QVERIFY(!QFile::exists(m_path)); // no half-built file left behind

    // An existing catalogue still opens, unmerged, with a warning.
    QVERIFY(openCatalogue(m_path, test::smallCatalogue()).ok());
    broken.content.fingerprint = QStringLiteral("changed");
    const OpenedCatalogue existing = openCatalogue(m_path, broken);
    QVERIFY(existing.ok());
    QCOMPARE(existing.merge, std::nullopt);
    QCOMPARE(existing.warnings,
             QStringList{QStringLiteral("the shipped catalogue was not merged because it has "
                                        "errors; the first is: products/a.txt:3:9: unknown "
                                        "vendor 'nobody'")});
}

void TestStoreFile::rebuild()
{
    const QByteArray garbage(4096, 'x');
    QVERIFY(writeFile(m_path, garbage));
    QCOMPARE(openCatalogue(m_path, test::smallCatalogue()).problem, CatalogueProblem::NotCatalogue);
    const OpenedCatalogue rebuilt = rebuildCatalogue(m_path, test::smallCatalogue());
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.message));
    QVERIFY(rebuilt.created);
    QCOMPARE(rebuilt.store->stats().products, 12);
    static const QRegularExpression aside(QStringLiteral(R"(\.broken-\d{8}-\d{6}$)"));
    QVERIFY2(rebuilt.setAside.startsWith(m_path) && aside.match(rebuilt.setAside).hasMatch(),
             qPrintable(rebuilt.setAside));
    QVERIFY(test::fileBytes(rebuilt.setAside) == garbage);

    // A second rebuild within the same second does not overwrite the first one's file.
    const OpenedCatalogue again = rebuildCatalogue(m_path, test::smallCatalogue());
    QVERIFY(again.ok());
    QVERIFY(again.setAside != rebuilt.setAside);
    QVERIFY(QFile::exists(rebuilt.setAside));
    QVERIFY(QFile::exists(again.setAside));
}

void TestStoreFile::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(dir).removeRecursively();
    QCOMPARE(defaultCataloguePath(), QString(dir + u"/catalogue.sqlite"));
    QVERIFY(QFileInfo(dir).isDir());
    QDir(dir).removeRecursively();
}

void TestStoreFile::realShippedCatalogue()
{
    QElapsedTimer timer;
    timer.start();
    const CatalogueReadResult shipped = readCatalogueFolder(QStringLiteral(":/catalogue"));
    if (!shipped.errors.isEmpty())
        QSKIP(qPrintable(u"the shipped catalogue does not read cleanly yet: "
                         + shipped.errors.first()));
    const qint64 readMs = timer.restart();
    OpenedCatalogue opened = openCatalogue(m_path, shipped);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    qInfo("shipped catalogue: %d products read in %lld ms, stored in %lld ms",
          int(shipped.content.products.size()),
          readMs,
          timer.elapsed());
    QCOMPARE(opened.merge->added, int(shipped.content.products.size()));
    const CatalogueStats stats = opened.store->stats();
    QCOMPARE(stats.products, int(shipped.content.products.size()));
    QCOMPARE(stats.vendors, int(shipped.content.vendors.size()));
    QCOMPARE(stats.capabilities, int(shipped.content.capabilities.size()));
    QCOMPARE(stats.categories + stats.subcategories, int(shipped.content.categories.size()));
    // Every product comes back as it was read, apart from ids and display names.
    for (const Product &p : shipped.content.products) {
        const std::optional<Product> stored = opened.store->productBySlug(p.slug);
        QVERIFY2(stored, qPrintable(p.slug));
        QCOMPARE(stored->name, p.name);
        QCOMPARE(stored->aliases, p.aliases);
        QCOMPARE(stored->price, p.price);
        QCOMPARE(stored->capabilities.size(), p.capabilities.size());
    }
}

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_storefile.moc"
