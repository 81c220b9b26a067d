#include "planfixture.h"

#include "analysisfixture.h"
#include "workspacefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace sa::test {

namespace {

Tool contracted(Tool t, QDate end, int notice, bool autoRenew)
{
    t.contractEnd = end;
    t.noticeDays = notice;
    t.autoRenew = autoRenew;
    return t;
}

} // namespace

AnalysisInput planStack()
{
    AnalysisInput in;
    Tool mailer = toolWith(1, u"Mailer"_s, 1'200'000, {{u"email-campaigns"_s, 3}});
    mailer.owner = u"Mo Adeyemi"_s;
    Tool suite = toolWith(
        2, u"Suite"_s, 2'400'000, {{u"email-campaigns"_s, 2}, {u"contact-management"_s, 3}});
    suite.categorySlug = u"crm"_s;
    Tool tracker = toolWith(3, u"Tracker"_s, 600'000, {{u"web-analytics"_s, 2}});
    in.tools = {contracted(mailer, QDate(2025, 6, 30), 30, false),
                contracted(suite, QDate(2025, 12, 31), 90, false),
                contracted(tracker, QDate(2025, 3, 31), 30, true)};
    in.integrations = {{1, 2}, {2, 3}};
    in.requirements = {{u"email-campaigns"_s, Importance::Must, 3},
                       {u"contact-management"_s, Importance::Must, 2},
                       {u"web-analytics"_s, Importance::Should, 2}};
    const auto cap = [](const QString &slug, const QString &name) {
        Capability c;
        c.slug = slug;
        c.name = name;
        c.origin = Origin::Shipped;
        return c;
    };
    in.capabilities = {cap(u"email-campaigns"_s, u"Email campaign sending"_s),
                       cap(u"contact-management"_s, u"Contact management"_s),
                       cap(u"web-analytics"_s, u"Web analytics"_s)};
    return in;
}

WorkspaceImport planStackImport()
{
    const AnalysisInput in = planStack();
    WorkspaceImport content;
    content.capabilities = in.capabilities;
    content.requirements = in.requirements;
    for (const Tool &t : in.tools) {
        Tool fresh = t;
        fresh.id = 0;
        content.tools.push_back(fresh);
    }
    for (const ToolIntegration &i : in.integrations)
        content.integrations.push_back(
            {ToolRef{0, int(i.a - 1)}, ToolRef{0, int(i.b - 1)}, i.kind});
    return content;
}

WorkspaceInfo planInfo()
{
    WorkspaceInfo info;
    info.company = u"Planwell Ltd"_s;
    info.preparedBy = u"Mo Adeyemi"_s;
    info.currency = u"USD"_s;
    info.created = QDateTime(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC);
    return info;
}

std::unique_ptr<SqliteWorkspaceStore> createPlanWorkspace(const QString &path)
{
    std::unique_ptr<SqliteWorkspaceStore> store = createSampleWorkspace(path);
    if (!store)
        return nullptr;
    const Status info = store->setInfo(planInfo());
    const Expected<WorkspaceImportResult> imported = store->applyImport(planStackImport());
    if (!info || !imported) {
        QTest::qFail(qPrintable(u"cannot make the plan workspace: "_s
                                + (info ? imported.error().message : info.error().message)),
                     __FILE__,
                     __LINE__);
        return nullptr;
    }
    return store;
}

} // namespace sa::test
