#include "inventoryimportbuilder.h"

#include <algorithm>

namespace sa {

InventoryImportBuilder::InventoryImportBuilder(const InventoryCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

InventoryOutcome InventoryImportBuilder::build(const InventoryPreview &preview,
                                               const InventoryDecisions &decisions)
{
    InventoryOutcome out;
    if (!preview.ok()) {
        out.errors = preview.errors;
        return out;
    }
    if (preview.mode == InventoryMode::Requirements) {
        QHash<QString, size_t> index; // a capability listed twice: the later row wins
        for (const InventoryRequirementRow &row : preview.requirements) {
            const Requirement &r = row.requirement;
            useCapability(r.capabilitySlug);
            if (const auto it = index.constFind(r.capabilitySlug); it != index.constEnd()) {
                out.import.requirements[*it] = r;
            } else {
                index.insert(r.capabilitySlug, out.import.requirements.size());
                out.import.requirements.push_back(r);
            }
        }
        finishCapabilities(preview, &out);
        return out;
    }

    for (size_t r = 0; r < preview.rows.size(); ++r) {
        const InventoryRow &row = preview.rows[r];
        if (row.skipped)
            continue;
        const QString slug = productFor(preview, int(r), decisions, &out);
        const Product *product = slug.isEmpty() ? nullptr : m_catalogue.product(slug);
        if (!slug.isEmpty() && !product) {
            out.errors << preview.fileName + u':' + QString::number(row.line)
                              + u": the catalogue has no product '" + slug + u"' for '"
                              + row.tool.name + u'\'';
            continue;
        }
        (product ? out.matched : out.unmatched) << row.tool.name;
        out.toolRows.push_back(int(r));
        out.import.tools.push_back(toolFor(row, product));
    }
    if (!out.errors.isEmpty()) {
        out.import = WorkspaceImport();
        return out;
    }
    addIntegrations(preview, &out);
    for (const Product &p : m_catalogue.products()) { // snapshots in catalogue order
        if (m_products.contains(p.slug)) {
            out.import.products.push_back(p);
            for (const ProductCapability &c : p.capabilities)
                useCapability(c.capabilitySlug);
        }
    }
    finishCapabilities(preview, &out);
    return out;
}

QString InventoryImportBuilder::productFor(const InventoryPreview &preview,
                                           int row,
                                           const InventoryDecisions &decisions,
                                           InventoryOutcome *out) const
{
    if (const auto it = decisions.products.find(row); it != decisions.products.end())
        return it->second;
    const InventoryMatch &match = preview.rows[size_t(row)].match;
    switch (match.kind) {
    case InventoryMatchKind::Accepted:
    case InventoryMatchKind::FromFile:
        return match.productSlug;
    case InventoryMatchKind::Suggested:
        if (decisions.acceptSuggestions)
            return match.candidates.front().productSlug;
        out->unconfirmed.push_back(row);
        return QString();
    case InventoryMatchKind::Unmatched:
        break;
    }
    return QString();
}

Tool InventoryImportBuilder::toolFor(const InventoryRow &row, const Product *product)
{
    Tool tool = row.tool;
    tool.capabilities = row.listedCapabilities;
    if (product) {
        m_products.insert(product->slug);
        tool.productSlug = product->slug;
        tool.vendorName.clear();
        if (tool.categorySlug.isEmpty())
            tool.categorySlug = product->categorySlug;
        if (row.capabilitiesGiven) {
            for (const ProductCapability &pc : product->capabilities) {
                const bool listed = std::any_of(
                    row.listedCapabilities.begin(),
                    row.listedCapabilities.end(),
                    [&](const ToolCapability &c) { return c.capabilitySlug == pc.capabilitySlug; });
                if (!listed)
                    tool.capabilities.push_back(ToolCapability{pc.capabilitySlug, 0});
            }
            std::sort(tool.capabilities.begin(),
                      tool.capabilities.end(),
                      [](const ToolCapability &a, const ToolCapability &b) {
                          return a.capabilitySlug < b.capabilitySlug;
                      });
        }
    }
    for (const ToolCapability &c : tool.capabilities)
        useCapability(c.capabilitySlug);
    return tool;
}

void InventoryImportBuilder::addIntegrations(const InventoryPreview &preview,
                                             InventoryOutcome *out) const
{
    std::vector<int> indexOfRow(preview.rows.size(), -1);
    for (size_t i = 0; i < out->toolRows.size(); ++i)
        indexOfRow[size_t(out->toolRows[i])] = int(i);
    QSet<QString> pairs; // "n3|n7", "n3|e42": each pair once, whichever row names it
    const auto key = [](const ToolRef &ref) -> QString { // a QString: a builder would dangle
        return ref.newIndex >= 0 ? u'n' + QString::number(ref.newIndex)
                                 : u'e' + QString::number(ref.existing);
    };
    for (size_t i = 0; i < out->toolRows.size(); ++i) {
        const ToolRef a{0, int(i)};
        for (const InventoryLink &link : preview.rows[size_t(out->toolRows[i])].links) {
            ToolRef b{link.existing, -1};
            if (link.row >= 0) {
                b.newIndex = indexOfRow[size_t(link.row)];
                if (b.newIndex < 0)
                    continue;
            }
            const QString ka = key(a), kb = key(b);
            if (!pairs.contains(ka < kb ? ka + u'|' + kb : kb + u'|' + ka)) {
                pairs.insert(ka < kb ? ka + u'|' + kb : kb + u'|' + ka);
                out->import.integrations.push_back(ImportedIntegration{a, b, link.kind});
            }
        }
    }
}

void InventoryImportBuilder::useCapability(const QString &slug)
{
    if (!slug.isEmpty())
        m_capabilities.insert(slug);
}

void InventoryImportBuilder::finishCapabilities(const InventoryPreview &preview,
                                                InventoryOutcome *out) const
{
    QStringList slugs(m_capabilities.begin(), m_capabilities.end());
    slugs.sort();
    for (const QString &slug : slugs) {
        const auto local = std::find_if(preview.localCapabilities.begin(),
                                        preview.localCapabilities.end(),
                                        [&](const Capability &c) { return c.slug == slug; });
        if (local != preview.localCapabilities.end()) {
            out->import.capabilities.push_back(*local);
            out->localCapabilities << slug;
        } else if (const Capability *known = m_catalogue.lookup().capability(slug)) {
            out->import.capabilities.push_back(*known);
        }
    }
}

} // namespace sa
