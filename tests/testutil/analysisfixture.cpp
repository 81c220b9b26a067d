#include "analysisfixture.h"

using namespace Qt::StringLiterals;

namespace sa::test {

namespace {

Tool withSeats(Tool t, int seats, int users)
{
    t.seats = seats;
    t.activeUsers = users;
    return t;
}

} // namespace

Tool toolWith(ToolId id, const QString &name, Cents cost, std::vector<ToolCapability> caps)
{
    Tool t;
    t.id = id;
    t.name = name;
    t.annualCost = cost;
    t.capabilities = std::move(caps);
    return t;
}

AnalysisInput handStack()
{
    AnalysisInput in;
    const auto cap = [](const char16_t *slug, const char16_t *name) {
        Capability c;
        c.slug = QString::fromUtf16(slug);
        c.name = QString::fromUtf16(name);
        return c;
    };
    in.capabilities = {cap(u"email", u"Email sending"),
                       cap(u"scoring", u"Lead scoring"),
                       cap(u"landing", u"Landing pages"),
                       cap(u"chat", u"Live chat"),
                       cap(u"crm", u"CRM"),
                       cap(u"analytics", u"Web analytics")};
    Tool delta = toolWith(4, u"Delta CRM"_s, 200'000, {{u"crm"_s, 3}, {u"scoring"_s, 2}});
    delta.categorySlug = u"crm"_s;
    Tool foxtrot = toolWith(
        6, u"Foxtrot Old"_s, 500'000, {{u"email"_s, 3}, {u"chat"_s, 3}, {u"analytics"_s, 3}});
    foxtrot.status = ToolStatus::Retired;
    foxtrot.seats = 10;
    foxtrot.activeUsers = 0;
    in.tools = {
        withSeats(toolWith(1,
                           u"Alpha Mail"_s,
                           100'000,
                           {{u"email"_s, 3}, {u"landing"_s, 2}, {u"scoring"_s, 1}}),
                  10,
                  4),
        withSeats(toolWith(2,
                           u"Beta Automation"_s,
                           60'000,
                           {{u"email"_s, 2}, {u"scoring"_s, 3}, {u"landing"_s, 2}}),
                  3,
                  1),
        withSeats(toolWith(3, u"Gamma Chat"_s, 30'000, {{u"chat"_s, 2}, {u"email"_s, 1}}), 7, 3),
        withSeats(delta, 20, 10),
        toolWith(5, u"Echo Pages"_s, 40'000, {{u"landing"_s, 2}}),
        foxtrot,
        withSeats(toolWith(7, u"Golf Notes"_s, 5'000, {}), 0, 0),
    };
    in.integrations = {{1, 4}, {2, 4}, {1, 2}, {2, 3}, {5, 7}, {3, 6}};
    in.requirements = {{u"email"_s, Importance::Must, 3},
                       {u"chat"_s, Importance::Should, 3},
                       {u"analytics"_s, Importance::Must, 2},
                       {u"landing"_s, Importance::Nice, 3},
                       {u"scoring"_s, Importance::Must, 2}};
    return in;
}

WorkspaceImport handStackImport()
{
    return importOf(handStack());
}

WorkspaceImport importOf(const AnalysisInput &in)
{
    WorkspaceImport content;
    content.capabilities = in.capabilities;
    content.requirements = in.requirements;
    QHash<ToolId, int> index;
    for (const Tool &t : in.tools) {
        index.insert(t.id, int(content.tools.size()));
        Tool fresh = t;
        fresh.id = 0;
        content.tools.push_back(fresh);
    }
    for (const ToolIntegration &i : in.integrations)
        content.integrations.push_back(ImportedIntegration{
            ToolRef{0, index.value(i.a)}, ToolRef{0, index.value(i.b)}, i.kind});
    return content;
}

AnalysisInput filedHandStack()
{
    AnalysisInput in = handStack();
    const QHash<QString, QString> filed{{u"email"_s, u"email-marketing"_s},
                                        {u"landing"_s, u"email-marketing"_s},
                                        {u"chat"_s, u"marketing-automation"_s},
                                        {u"crm"_s, u"crm"_s},
                                        {u"scoring"_s, u"sales-automation"_s},
                                        {u"analytics"_s, u"analytics"_s}};
    for (Capability &c : in.capabilities)
        c.categorySlug = filed.value(c.slug);
    Capability sms;
    sms.slug = u"sms"_s;
    sms.name = u"SMS"_s;
    sms.categorySlug = u"marketing-automation"_s;
    in.capabilities.push_back(sms);
    return in;
}

std::vector<Category> smallCatalogueCategories()
{
    const auto category = [](const char16_t *slug, const char16_t *parent, const char16_t *name) {
        Category c;
        c.slug = QString::fromUtf16(slug);
        c.parentSlug = QString::fromUtf16(parent);
        c.name = QString::fromUtf16(name);
        return c;
    };
    return {category(u"content-experience", u"", u"Content & Experience"),
            category(u"commerce-sales", u"", u"Commerce & Sales"),
            category(u"data", u"", u"Data"),
            category(u"email-marketing", u"content-experience", u"Email Marketing"),
            category(u"marketing-automation", u"content-experience", u"Marketing Automation"),
            category(u"crm", u"commerce-sales", u"CRM"),
            category(u"sales-automation", u"commerce-sales", u"Sales Automation"),
            category(u"analytics", u"data", u"Web Analytics")};
}

} // namespace sa::test
