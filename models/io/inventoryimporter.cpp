#include "inventoryimporter.h"

#include "inventorycapabilities.h"
#include "inventorycells.h"
#include "inventorycurrency.h"
#include "inventorydateorder.h"
#include "inventoryfile.h"
#include "inventoryimportbuilder.h"
#include "inventorylinks.h"
#include "inventorymessages.h"
#include "inventoryrequirementreader.h"
#include "inventoryrowreader.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa {

InventoryImporter::InventoryImporter(std::vector<Product> catalogueProducts,
                                     std::vector<Capability> capabilities,
                                     std::vector<Tool> existingTools,
                                     QString workspaceCurrency,
                                     std::vector<Category> categories)
    : m_catalogue(std::move(catalogueProducts), std::move(capabilities), std::move(categories))
    , m_existing(std::move(existingTools))
    , m_currency(std::move(workspaceCurrency))
{
}

InventoryPreview InventoryImporter::preview(const QString &path,
                                            const InventoryOptions &options) const
{
    InventoryFile file = InventoryFile::read(path, options);
    InventoryPreview out;
    out.fileName = options.displayName.isEmpty() ? path : options.displayName;
    out.fileKind = file.kind;
    out.sheets = std::move(file.sheets);
    if (!file.ok()) {
        out.mode = options.mode;
        out.errors = std::move(file.errors);
        out.messages = out.errors;
        out.errorKind = file.errorKind;
        return out;
    }
    out.table = std::move(file.table);
    return fromTable(std::move(out), options);
}

InventoryPreview InventoryImporter::remap(const InventoryPreview &previous,
                                          const InventoryOptions &options) const
{
    InventoryPreview out;
    out.fileName = previous.fileName;
    out.fileKind = previous.fileKind;
    out.sheets = previous.sheets;
    out.table = previous.table;
    if (previous.table.columnCount() == 0) {
        out.errors = previous.errors;
        out.messages = out.errors;
        out.errorKind = previous.errorKind;
        return out;
    }
    return fromTable(std::move(out), options);
}

InventoryPreview InventoryImporter::fromTable(InventoryPreview preview,
                                              const InventoryOptions &options) const
{
    preview.mode = options.mode;
    preview.format = preview.table.format();
    const bool tools = options.mode == InventoryMode::Tools;
    const bool sheet = !preview.format.sheet.isEmpty();
    if (preview.table.columnCount() == 0) {
        preview.errors << preview.table.location(CsvPosition{1, 1})
                              + (sheet ? u": the sheet is empty; there is nothing to import"_s
                                       : u": the file is empty; there is nothing to import"_s);
        preview.messages = preview.errors;
        return preview;
    }
    preview.columns = InventoryColumns::resolve(preview.table,
                                                tools ? InventoryFields::tools()
                                                      : InventoryFields::requirements(),
                                                options.mappings,
                                                &preview.errors,
                                                &preview.infos);
    const QString atHeader
        = preview.table.location(CsvPosition{std::max(preview.format.headerLine, 1), 1});
    // On a workbook's wrong sheet, the likeliest fix is another sheet.
    QStringList others = preview.sheets;
    others.removeAll(preview.format.sheet);
    const QString otherSheets = others.isEmpty() || !sheet
                                    ? QString()
                                    : u"; the workbook also has the sheet"
                                          + (others.size() > 1 ? u"s "_s : u" "_s)
                                          + others.join(u", ") + u" (choose one with --sheet NAME)";
    if (tools && preview.columns.column(int(InventoryField::Name)) < 0)
        preview.errors << atHeader
                              + u": no column gives the tool name (call it Tool, Application or "
                                u"Product, or map one with --map \"Header=name\")"
                              + otherSheets;
    if (!tools && preview.columns.column(int(RequirementField::Capability)) < 0)
        preview.errors << atHeader
                              + u": no column gives the capability (call it Capability, or map "
                                u"one with --map \"Header=capability\")"
                              + otherSheets;
    if (const int cost = preview.columns.column(int(InventoryField::AnnualCost));
        tools && cost >= 0) {
        const QString &currency = preview.columns.headerCurrency(cost);
        if (!currency.isEmpty() && !InventoryCurrency::accepts(currency, m_currency))
            preview.errors << preview.table.location(preview.table.headerPosition(cost))
                                  + u": column '" + preview.table.header()[cost] + u"' is in "
                                  + InventoryCurrency::describe(currency)
                                  + u", but the workspace's currency is " + m_currency;
    }
    if (!preview.errors.isEmpty()) {
        preview.messages = preview.infos + preview.errors;
        return preview;
    }
    if (tools)
        readTools(&preview, options);
    else
        readRequirements(&preview, options);
    const InventoryCells cells(preview.table, preview.columns);
    for (int r = 0; r < preview.table.rowCount(); ++r)
        preview.dataRows += cells.rowIsBlank(r) ? 0 : 1;
    const bool nothing = tools ? std::all_of(preview.rows.begin(),
                                             preview.rows.end(),
                                             [](const InventoryRow &r) { return r.skipped; })
                               : preview.requirements.empty();
    if (nothing && preview.errors.isEmpty()) {
        const int header = preview.format.headerLine;
        preview.errors << preview.table.location(CsvPosition{header + 1, 1}) + u": the "
                              + (sheet ? u"sheet"_s : u"file"_s) + u" has a header ("
                              + (sheet ? u"row "_s : u"line "_s) + QString::number(header)
                              + u") but no " + (tools ? u"tools"_s : u"requirements"_s)
                              + u" below it";
        preview.messages << preview.errors.back();
    }
    return preview;
}

void InventoryImporter::readTools(InventoryPreview *preview, const InventoryOptions &options) const
{
    const CsvTable &table = preview->table;
    std::vector<int> dateColumns;
    for (const InventoryField f : {InventoryField::ContractStart, InventoryField::ContractEnd}) {
        if (const int c = preview->columns.column(int(f)); c >= 0)
            dateColumns.push_back(c);
    }
    const InventoryDateOrder dates(
        table, dateColumns, options.dateOrder, options.fallbackDateOrder, &preview->warnings);
    preview->dateOrder = dates.applied();
    preview->dateOrderNeeded = dates.dateOrderNeeded();

    InventoryMessages messages(options.maxErrors, options.maxWarnings);
    InventoryCapabilities capabilities(m_catalogue.lookup());
    const InventoryRowReader reader(
        table, preview->columns, dates, m_catalogue, &capabilities, &messages, m_currency);
    preview->rows.reserve(size_t(table.rowCount()));
    for (int r = 0; r < table.rowCount(); ++r) {
        messages.setRow(r);
        preview->rows.push_back(reader.read(r));
    }

    std::vector<QString> names(preview->rows.size());
    QHash<QString, int> firstRow;
    QHash<QString, QString> existing;
    for (const Tool &t : m_existing)
        existing.insert(t.name.toCaseFolded(), t.name);
    const InventoryCells cells(table, preview->columns);
    const int nameField = int(InventoryField::Name);
    for (size_t r = 0; r < preview->rows.size(); ++r) {
        InventoryRow &row = preview->rows[r];
        if (row.skipped)
            continue;
        messages.setRow(int(r));
        names[r] = row.tool.name;
        const QString key = row.tool.name.toCaseFolded();
        if (const auto seen = firstRow.constFind(key); seen != firstRow.constEnd())
            messages.warning(&row.problems,
                             cells.column(nameField),
                             cells.where(int(r), nameField),
                             u"'" + row.tool.name + u"' is also on line "
                                 + QString::number(preview->rows[size_t(*seen)].line)
                                 + u"; both rows are imported");
        else
            firstRow.insert(key, int(r));
        if (existing.contains(key))
            messages.warning(&row.problems,
                             cells.column(nameField),
                             cells.where(int(r), nameField),
                             u"the workspace already has a tool named '" + existing.value(key)
                                 + u"'; this row adds another");
    }
    if (cells.column(int(InventoryField::IntegratesWith)) >= 0) {
        const InventoryLinks links(m_catalogue.products(), names, m_existing);
        for (size_t r = 0; r < preview->rows.size(); ++r) {
            messages.setRow(int(r));
            if (!preview->rows[r].skipped)
                links.read(cells, int(r), &preview->rows[r], &messages);
        }
    }
    preview->localCapabilities = capabilities.locals();
    messages.finish(preview);
}

void InventoryImporter::readRequirements(InventoryPreview *preview,
                                         const InventoryOptions &options) const
{
    InventoryMessages messages(options.maxErrors, options.maxWarnings);
    InventoryCapabilities capabilities(m_catalogue.lookup());
    const InventoryCells cells(preview->table, preview->columns);
    const InventoryRequirementReader reader(cells, &capabilities, &messages);
    QHash<QString, int> lineOf;
    const int field = int(RequirementField::Capability);
    for (int r = 0; r < preview->table.rowCount(); ++r) {
        messages.setRow(r);
        std::optional<InventoryRequirementRow> row = reader.read(r);
        if (!row)
            continue;
        const QString &slug = row->requirement.capabilitySlug;
        if (const auto seen = lineOf.constFind(slug); !slug.isEmpty() && seen != lineOf.constEnd())
            messages.warning(&row->problems,
                             cells.column(field),
                             cells.where(r, field),
                             u"capability '" + slug + u"' is also on line " + QString::number(*seen)
                                 + u"; the later row wins");
        lineOf.insert(slug, row->line);
        preview->requirements.push_back(std::move(*row));
    }
    preview->localCapabilities = capabilities.locals();
    messages.finish(preview);
}

InventoryOutcome InventoryImporter::buildImport(const InventoryPreview &preview,
                                                const InventoryDecisions &decisions) const
{
    return InventoryImportBuilder(m_catalogue).build(preview, decisions);
}

} // namespace sa
