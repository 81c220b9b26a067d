#include "workspacefixture.h"

#include "store/workspacefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace sa::test {

WorkspaceInfo sampleInfo()
{
    WorkspaceInfo info;
    info.company = QStringLiteral("Northbeam GmbH");
    info.preparedBy = QStringLiteral("Mo Adeyemi");
    info.currency = QStringLiteral("EUR");
    info.profile = QStringLiteral("b2b-mid-size");
    info.created = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    return info;
}

Product sampleProduct()
{
    Product p;
    p.slug = QStringLiteral("hubspot-marketing-hub");
    p.vendorSlug = QStringLiteral("hubspot");
    p.vendorName = QStringLiteral("HubSpot");
    p.name = QStringLiteral("HubSpot Marketing Hub");
    p.categorySlug = QStringLiteral("marketing-automation");
    p.description = QStringLiteral("Inbound marketing: email, forms, landing pages, workflows.");
    p.segments = QStringList{QStringLiteral("smb"), QStringLiteral("mid-market")};
    p.deployment = QStringLiteral("cloud");
    p.pricingModel = QStringLiteral("per contact tier");
    p.price.low = 9600;
    p.price.high = 43200;
    p.price.currency = QStringLiteral("USD");
    p.price.basis = QStringLiteral("Professional tier, 3 seats");
    p.price.asOf = QDate(2024, 5, 1);
    p.aliases = QStringList{QStringLiteral("HubSpot MH Pro"), QStringLiteral("HubSpot Marketing")};
    p.capabilities = {
        ProductCapability{
            0, QStringLiteral("marketing-workflows"), QStringLiteral("Marketing workflows"), 3},
        ProductCapability{
            0, QStringLiteral("email-campaigns"), QStringLiteral("Email campaign sending"), 2},
        ProductCapability{0, QStringLiteral("lead-scoring"), QStringLiteral("Lead scoring"), 2},
    };
    p.integrations = {
        ProductIntegration{0,
                           QStringLiteral("hubspot-crm"),
                           QStringLiteral("HubSpot Smart CRM"),
                           IntegrationKind::Native},
        ProductIntegration{0,
                           QStringLiteral("salesforce-sales-cloud"),
                           QStringLiteral("Sales Cloud"),
                           IntegrationKind::Connector},
    };
    p.origin = Origin::Shipped;
    p.edited = true;
    return p;
}

Tool sampleTool()
{
    Tool t;
    t.name = QStringLiteral("HubSpot Marketing Hub");
    t.productSlug = QStringLiteral("hubspot-marketing-hub");
    t.vendorName = QStringLiteral("HubSpot, Inc.");
    t.categorySlug = QStringLiteral("marketing-automation");
    t.annualCost = 4'320'050; // 43,200.50
    t.seats = 12;
    t.activeUsers = 9;
    t.owner = QStringLiteral("Mo Adeyemi");
    t.team = QStringLiteral("Marketing Ops");
    t.contractStart = QDate(2024, 2, 1);
    t.contractEnd = QDate(2025, 1, 31);
    t.noticeDays = 60;
    t.autoRenew = true;
    t.satisfaction = 4;
    t.status = ToolStatus::Retiring;
    t.systemOfRecord = true;
    t.notes = QStringLiteral("Renewal owner: finance.\nAsk about the Q4 discount.");
    t.capabilities = {ToolCapability{QStringLiteral("lead-scoring"), 0},
                      ToolCapability{QStringLiteral("email-templates"), 3}};
    return t;
}

Tool customTool()
{
    Tool t;
    t.name = QStringLiteral("Acme Webinars");
    t.vendorName = QStringLiteral("Acme");
    t.categorySlug = QStringLiteral("events");
    t.annualCost = 120'000;
    t.seats = 0;
    t.status = ToolStatus::Trial;
    t.capabilities = {ToolCapability{QStringLiteral("webinars"), 2},
                      ToolCapability{QStringLiteral("podcast-hosting"), 1}};
    return t;
}

Tool retiredTool()
{
    Tool t;
    t.name = QStringLiteral("Pardot Legacy");
    t.categorySlug = QStringLiteral("marketing-automation");
    t.annualCost = 500'000;
    t.seats = 5;
    t.activeUsers = 1;
    t.owner = QStringLiteral("Jordan Blake");
    t.status = ToolStatus::Retired;
    return t;
}

Capability catalogueCapability()
{
    Capability c;
    c.slug = QStringLiteral("lead-scoring");
    c.name = QStringLiteral("Lead scoring");
    c.categorySlug = QStringLiteral("marketing-automation");
    c.description = QStringLiteral("Rank leads by fit and engagement.");
    c.aliases = QStringList{QStringLiteral("lead grading"), QStringLiteral("predictive scoring")};
    c.origin = Origin::Shipped;
    return c;
}

Capability localCapability()
{
    Capability c;
    c.slug = QStringLiteral("podcast-hosting");
    c.name = QStringLiteral("Podcast hosting");
    c.origin = Origin::User;
    return c;
}

std::unique_ptr<SqliteWorkspaceStore> createSampleWorkspace(const QString &path)
{
    OpenedWorkspace created = createWorkspace(path, sampleInfo());
    if (!created.ok())
        QTest::qFail(qPrintable(created.message), __FILE__, __LINE__);
    return std::move(created.store);
}

bool runSql(const QString &path, const QString &sql)
{
    // A connection of its own, so that the store's connection is left alone.
    const QString name = u"test-sql:" + path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && q.exec(sql);
            if (!ok)
                qInfo("runSql: %s", qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList queryColumn(const QString &path, const QString &sql)
{
    const QString name = u"test-query:" + path;
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                values << u"error: " + q.lastError().text();
            while (q.next())
                values << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace sa::test
