// Requirement profiles: the reader on good and bad text (exact FILE:LINE:COLUMN messages),
// folders (one profile per file, named after it), finding a profile by slug or name, the
// shipped profiles against the shipped catalogue, and seeding a workspace from a profile.
#include "catalogue/cataloguecontent.h"
#include "store/shippedprofiles.h"
#include "storefixture.h"
#include "testutil.h"
#include "workspace/profileseed.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestWorkspaceProfiles : public QObject
{
    Q_OBJECT

private slots:
    void parsesAProfile();
    void badInput_data();
    void badInput();
    void readsAFolder();
    void fileNameMustBeTheSlug();
    void findsByNameOrSlug();
    void shippedProfiles();
    void seedsFromACatalogue();
};

void TestWorkspaceProfiles::parsesAProfile()
{
    const QByteArray text = "# comment\n"
                            "[small-b2b]\n"
                            "name = Small B2B\n"
                            "description = A sales-led company.\n"
                            "require = contact-management must 3\n"
                            "require =   lead-scoring   should 2\r\n"
                            "\n"
                            "require = webinars nice 1\n";
    const RequirementProfileReadResult read = parseRequirementProfile(text, u"p.txt"_s);
    QCOMPARE(read.errors, QStringList());
    QCOMPARE(read.profiles.size(), size_t(1));
    const RequirementProfile &p = read.profiles[0];
    QCOMPARE(p.slug, u"small-b2b"_s);
    QCOMPARE(p.name, u"Small B2B"_s);
    QCOMPARE(p.description, u"A sales-led company."_s);
    QCOMPARE(p.requirements,
             (std::vector<Requirement>{{u"contact-management"_s, Importance::Must, 3},
                                       {u"lead-scoring"_s, Importance::Should, 2},
                                       {u"webinars"_s, Importance::Nice, 1}}));
    QCOMPARE(p.locations, (QStringList{u"p.txt:5:11"_s, u"p.txt:6:13"_s, u"p.txt:8:11"_s}));
}

void TestWorkspaceProfiles::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("errors");
    const QByteArray head = "[p]\nname = P\ndescription = D\n";
    QTest::newRow("unknown key") << head + "require = crm must 2\nowner = Mo\n"
                                 << QStringList{u"p.txt:5:9: unknown key 'owner' (expected one "
                                                u"of: name, description, require)"_s};
    QTest::newRow("no name") << QByteArray("[p]\ndescription = D\nrequire = crm must 2\n")
                             << QStringList{u"p.txt:1:1: [p] needs a non-empty 'name'"_s};
    QTest::newRow("empty description")
        << QByteArray("[p]\nname = P\ndescription =\nrequire = crm must 2\n")
        << QStringList{u"p.txt:3:14: [p] needs a non-empty 'description'"_s};
    QTest::newRow("name twice") << QByteArray("[p]\nname = P\nname = Q\ndescription = D\n"
                                              "require = crm must 2\n")
                                << QStringList{u"p.txt:3:8: 'name' is given twice"_s};
    QTest::newRow("no require") << head
                                << QStringList{u"p.txt:1:1: [p] needs at least one 'require'"_s};
    QTest::newRow("two words") << head + "require = crm must\n"
                               << QStringList{u"p.txt:4:11: expected 'CAPABILITY-SLUG "
                                              u"IMPORTANCE MIN-STRENGTH', e.g. 'lead-scoring must "
                                              u"2'"_s};
    QTest::newRow("bad importance") << head + "require = crm shuold 2\n"
                                    << QStringList{u"p.txt:4:15: 'shuold' is not an importance "
                                                   u"(expected must, should or nice)"_s};
    QTest::newRow("synonyms are not the format") << head + "require = crm required 2\n"
                                                 << QStringList{u"p.txt:4:15: 'required' is not "
                                                                u"an importance (expected must, "
                                                                u"should or nice)"_s};
    QTest::newRow("bad strength") << head + "require = crm must 4\n"
                                  << QStringList{u"p.txt:4:20: '4' is not a minimum strength "
                                                 u"(expected 1 basic, 2 solid or 3 leading)"_s};
    QTest::newRow("every word wrong")
        << head + "require = Lead_Scoring maybe 0\n"
        << QStringList{u"p.txt:4:11: 'Lead_Scoring' is not a capability slug (lower-case "
                       u"letters, digits and single dashes)"_s,
                       u"p.txt:4:24: 'maybe' is not an importance (expected must, should or "
                       u"nice)"_s,
                       u"p.txt:4:30: '0' is not a minimum strength (expected 1 basic, 2 solid or "
                       u"3 leading)"_s};
    QTest::newRow("required twice") << head + "require = crm must 2\nrequire = crm should 1\n"
                                    << QStringList{u"p.txt:5:11: 'crm' is required twice (first "
                                                   u"at p.txt:4:11)"_s};
    QTest::newRow("two profiles") << head + "require = crm must 2\n[q]\nname = Q\n"
                                  << QStringList{u"p.txt:5:1: a second profile [q] (one profile "
                                                 u"per file)"_s};
    QTest::newRow("empty file") << QByteArray("# nothing\n")
                                << QStringList{u"p.txt:1:1: no [slug] line: the file holds no "
                                               u"profile"_s};
    QTest::newRow("not UTF-8") << QByteArray("[p]\nname = \xff\xfe\n")
                               << QStringList{u"p.txt:1:1: the file is not valid UTF-8"_s};
}

void TestWorkspaceProfiles::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, errors);
    QCOMPARE(parseRequirementProfile(text, u"p.txt"_s).errors, errors);
}

void TestWorkspaceProfiles::readsAFolder()
{
    const RequirementProfileReadResult read
        = readRequirementProfileFolder(test::fixture(u"workspace/profiles"_s));
    QCOMPARE(read.errors, QStringList());
    QCOMPARE(read.profiles.size(), size_t(2));
    QCOMPARE(read.profiles[0].slug, u"small-b2b"_s);
    QCOMPARE(read.profiles[0].locations.first(), u"small-b2b.txt:6:11"_s);
    QCOMPARE(read.profiles[1].slug, u"small-shop"_s);
    QCOMPARE(read.profiles[1].requirements,
             (std::vector<Requirement>{{u"email-campaigns"_s, Importance::Must, 2},
                                       {u"web-analytics"_s, Importance::Should, 1}}));

    QTemporaryDir empty;
    QCOMPARE(readRequirementProfileFolder(empty.path()).errors,
             QStringList{empty.path() + u":1:1: no profiles (*.txt files) in the folder"});
}

void TestWorkspaceProfiles::fileNameMustBeTheSlug()
{
    const RequirementProfileReadResult read
        = readRequirementProfileFolder(test::fixture(u"workspace/profiles-misnamed"_s));
    QCOMPARE(read.errors,
             QStringList{u"wrong.txt:1:1: the profile is [right] but the file is wrong.txt (name "
                         u"the file right.txt)"_s});
}

void TestWorkspaceProfiles::findsByNameOrSlug()
{
    const std::vector<RequirementProfile> profiles
        = readRequirementProfileFolder(test::fixture(u"workspace/profiles"_s)).profiles;
    QCOMPARE(findRequirementProfile(profiles, u"small-shop"_s), &profiles[1]);
    QCOMPARE(findRequirementProfile(profiles, u"  small b2b "_s), &profiles[0]);
    QVERIFY(!findRequirementProfile(profiles, u"Small"_s));
}

void TestWorkspaceProfiles::shippedProfiles()
{
    const RequirementProfileReadResult read = readShippedProfiles();
    QCOMPARE(read.errors, QStringList());
    QStringList slugs;
    for (const RequirementProfile &p : read.profiles)
        slugs << p.slug;
    QCOMPARE(slugs,
             (QStringList{u"b2b-mid-size"_s, u"b2c-ecommerce"_s, u"enterprise-multi-brand"_s}));
    QCOMPARE(read.profiles[0].name, u"B2B mid-size (200–2,000 staff)"_s);
    QCOMPARE(read.profiles[0].requirements.front(),
             (Requirement{u"contact-management"_s, Importance::Must, 3}));

    // Every required capability is one the shipped catalogue has.
    const CatalogueReadResult catalogue = readCatalogueFolder(u":/catalogue"_s);
    if (!catalogue.errors.isEmpty())
        QSKIP(qPrintable(u"the shipped catalogue does not read cleanly yet: "
                         + catalogue.errors.first()));
    QSet<QString> known;
    for (const Capability &c : catalogue.content.capabilities)
        known.insert(c.slug);
    QCOMPARE(unknownProfileCapabilities(read.profiles, known), QStringList());
    known.remove(u"contact-management"_s);
    QCOMPARE(unknownProfileCapabilities(read.profiles, known).first(),
             u"b2b-mid-size.txt:5:11: unknown capability 'contact-management'"_s);
}

void TestWorkspaceProfiles::seedsFromACatalogue()
{
    QTemporaryDir dir;
    const auto catalogue = test::openSmallCatalogue(dir.filePath(u"catalogue.sqlite"_s));
    QVERIFY(catalogue);
    const RequirementProfile profile
        = readRequirementProfileFolder(test::fixture(u"workspace/profiles"_s)).profiles.at(0);

    const ProfileSeed seed = seedFromProfile(profile, catalogue.get());
    QCOMPARE(seed.import.requirements, profile.requirements);
    QCOMPARE(seed.unknownCapabilities, QStringList{u"webinars"_s});
    QStringList snapshots;
    for (const Capability &c : seed.import.capabilities) {
        QCOMPARE(c.id, CapabilityId(0));
        QCOMPARE(c.categoryId, CategoryId(0));
        QCOMPARE(c.origin, Origin::Shipped);
        snapshots << c.slug + u'=' + c.name + u'@' + c.categorySlug;
    }
    QCOMPARE(snapshots,
             (QStringList{u"contact-management=Contact management@crm"_s,
                          u"lead-scoring=Lead scoring@marketing-automation"_s,
                          u"email-campaigns=Email campaign sending@email-marketing"_s}));
    QCOMPARE(seed.import.capabilities[1].aliases, QStringList{u"lead grading"_s});
    QVERIFY(seed.import.tools.empty());

    const ProfileSeed bare = seedFromProfile(profile, nullptr);
    QCOMPARE(bare.import.requirements, profile.requirements);
    QVERIFY(bare.import.capabilities.empty());
    QVERIFY(bare.unknownCapabilities.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceProfiles)
#include "tst_workspaceprofiles.moc"
