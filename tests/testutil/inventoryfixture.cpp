#include "inventoryfixture.h"

#include "io/inventorystores.h"
#include "store/workspacefile.h"

#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sa::test {

namespace {

QString capabilityList(const std::vector<ToolCapability> &capabilities)
{
    QStringList items;
    for (const ToolCapability &c : capabilities)
        items << c.capabilitySlug + u':' + QString::number(c.strength);
    return items.join(u',');
}

} // namespace

InventoryRun importInventory(const CatalogueStore &catalogue,
                             const QString &workspacePath,
                             const QString &file,
                             InventoryOptions options,
                             const InventoryDecisions &decisions,
                             const QString &currency)
{
    InventoryRun run;
    WorkspaceInfo info;
    info.currency = currency;
    OpenedWorkspace created = createWorkspace(workspacePath, info);
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.message), __FILE__, __LINE__);
        return run;
    }
    run.store = std::move(created.store);
    options.displayName = QFileInfo(file).fileName();
    const InventoryImporter importer = InventoryStores::importer(catalogue, *run.store);
    run.preview = importer.preview(file, options);
    run.outcome = importer.buildImport(run.preview, decisions);
    if (run.outcome.ok()) {
        if (const auto applied = run.store->applyImport(run.outcome.import); !applied) {
            QTest::qFail(qPrintable(applied.error().message), __FILE__, __LINE__);
            run.store.reset();
        }
    }
    return run;
}

QString describeTool(const Tool &t)
{
    QStringList parts{t.name, t.isCustom() ? QStringLiteral("custom") : t.productSlug};
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + u'=' + value;
    };
    const auto count = [](int n) {
        return n >= 0 ? QString::number(n) : QString();
    };
    add("vendor", t.vendorName);
    add("category", t.categorySlug);
    add("cost",
        QString::number(t.annualCost / 100) + u'.'
            + QString::number(t.annualCost % 100).rightJustified(2, u'0'));
    add("seats", count(t.seats));
    add("users", count(t.activeUsers));
    add("owner", t.owner);
    add("team", t.team);
    add("start", t.contractStart.toString(Qt::ISODate));
    add("end", t.contractEnd.toString(Qt::ISODate));
    add("notice", count(t.noticeDays));
    if (t.autoRenew)
        parts << QStringLiteral("auto-renew");
    if (t.status != ToolStatus::Active)
        add("status", toolStatusName(t.status));
    add("satisfaction", t.satisfaction > 0 ? QString::number(t.satisfaction) : QString());
    if (t.systemOfRecord)
        parts << QStringLiteral("hub");
    add("caps", capabilityList(t.capabilities));
    add("notes", QString(t.notes).replace(u"\n"_s, u"\\n"_s));
    return parts.join(u" | ");
}

QStringList describeTools(const WorkspaceStore &store)
{
    QStringList lines;
    for (const Tool &t : store.tools())
        lines << describeTool(t);
    return lines;
}

QStringList describeIntegrations(const WorkspaceStore &store)
{
    QHash<ToolId, QString> names;
    for (const Tool &t : store.tools())
        names.insert(t.id, t.name);
    QStringList lines;
    for (const ToolIntegration &i : store.integrations()) {
        QString a = names.value(i.a), b = names.value(i.b);
        if (b < a)
            std::swap(a, b);
        lines << a + u" - " + b + u" (" + integrationKindName(i.kind) + u')';
    }
    lines.sort();
    return lines;
}

QStringList describeRequirements(const WorkspaceStore &store)
{
    QStringList lines;
    for (const Requirement &r : store.requirements())
        lines << r.capabilitySlug + u' ' + importanceName(r.importance) + u' '
                     + QString::number(r.minStrength);
    lines.sort();
    return lines;
}

QStringList describeLocalCapabilities(const WorkspaceStore &store)
{
    QStringList lines;
    for (const Capability &c : store.capabilities()) {
        if (c.origin == Origin::User)
            lines << c.slug + u" | " + c.name + u" | " + c.categorySlug;
    }
    lines.sort();
    return lines;
}

QString describeEffectiveCapabilities(const WorkspaceStore &store, const Tool &tool)
{
    const std::optional<Product> product
        = tool.isCustom() ? std::nullopt : store.product(tool.productSlug);
    return capabilityList(effectiveCapabilities(tool, product ? &*product : nullptr));
}

} // namespace sa::test
