#include "inventoryexport.h"

#include "inventoryfields.h"
#include "xlsxwriter.h"

namespace sa {

namespace {

XlsxCell count(int value)
{
    return value >= 0 ? XlsxCell::ofNumber(value) : XlsxCell();
}

XlsxCell date(const QDate &value)
{
    return value.isValid() ? XlsxCell::ofDate(value) : XlsxCell();
}

XlsxCell yesNo(bool value)
{
    return XlsxCell::ofText(value ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

InventoryExport::InventoryExport(InventoryExportData data)
    : m_data(std::move(data))
{
    for (size_t i = 0; i < m_data.products.size(); ++i)
        m_products.insert(m_data.products[i].slug, i);
    for (const Capability &c : m_data.capabilities)
        m_capabilityNames.insert(c.slug, c.name);
    for (const Category &c : m_data.categories)
        m_categoryNames.insert(c.slug, c.name);
    for (size_t i = 0; i < m_data.tools.size(); ++i)
        m_tools.insert(m_data.tools[i].id, i);
}

QStringList InventoryExport::header() const
{
    QStringList names;
    for (int f = 0; f < kInventoryFieldCount; ++f) {
        const InventoryField field = InventoryField(f);
        names << (field == InventoryField::AnnualCost
                      ? InventoryFields::title(field) + u" (" + m_data.currency + u')'
                      : InventoryFields::title(field));
    }
    return names;
}

std::vector<XlsxCell> InventoryExport::row(const Tool &tool) const
{
    const auto product = m_products.constFind(tool.productSlug);
    QString vendor = tool.vendorName;
    if (vendor.isEmpty() && product != m_products.constEnd())
        vendor = m_data.products[*product].vendorName;
    std::vector<XlsxCell> cells;
    cells.reserve(kInventoryFieldCount);
    cells.push_back(XlsxCell::ofText(tool.name));
    cells.push_back(XlsxCell::ofText(vendor));
    cells.push_back(
        XlsxCell::ofText(tool.isCustom() ? QStringLiteral("custom") : tool.productSlug));
    cells.push_back(XlsxCell::ofText(m_categoryNames.value(tool.categorySlug, tool.categorySlug)));
    cells.push_back(XlsxCell::ofMoney(double(tool.annualCost) / 100.0, m_data.currency));
    cells.push_back(count(tool.seats));
    cells.push_back(count(tool.activeUsers));
    cells.push_back(XlsxCell::ofText(tool.owner));
    cells.push_back(XlsxCell::ofText(tool.team));
    cells.push_back(date(tool.contractStart));
    cells.push_back(date(tool.contractEnd));
    cells.push_back(count(tool.noticeDays));
    cells.push_back(yesNo(tool.autoRenew));
    cells.push_back(XlsxCell::ofText(toolStatusName(tool.status)));
    cells.push_back(tool.satisfaction > 0 ? XlsxCell::ofNumber(tool.satisfaction) : XlsxCell());
    cells.push_back(yesNo(tool.systemOfRecord));
    cells.push_back(XlsxCell::ofText(integrationsText(tool)));
    cells.push_back(XlsxCell::ofText(capabilitiesText(tool)));
    cells.push_back(XlsxCell::ofText(tool.notes));
    for (XlsxCell &cell : cells) {
        if (cell.type == XlsxCell::Type::Text && cell.text.isEmpty())
            cell = XlsxCell();
    }
    return cells;
}

QString InventoryExport::text(const XlsxCell &cell)
{
    switch (cell.type) {
    case XlsxCell::Type::Empty:
        return QString();
    case XlsxCell::Type::Text:
        return cell.text;
    case XlsxCell::Type::Number:
        return QString::number(qint64(cell.number));
    case XlsxCell::Type::Date:
        return cell.date.toString(Qt::ISODate);
    case XlsxCell::Type::Money:
        return QString::number(cell.number, 'f', 2);
    }
    return QString();
}

QString InventoryExport::capabilitiesText(const Tool &tool) const
{
    if (tool.capabilities.empty())
        return QString();
    const auto product = m_products.constFind(tool.productSlug);
    const std::vector<ToolCapability> effective = effectiveCapabilities(
        tool, product == m_products.constEnd() ? nullptr : &m_data.products[*product]);
    if (effective.empty())
        return QStringLiteral("none");
    QStringList items;
    for (const ToolCapability &c : effective) {
        const QString name = m_capabilityNames.value(c.capabilitySlug);
        const bool readable = !name.isEmpty() && !name.contains(u'|') && !name.contains(u';')
                              && !name.contains(u':');
        items << (readable ? name : c.capabilitySlug) + u':' + QString::number(c.strength);
    }
    return items.join(u" | ");
}

QString InventoryExport::integrationsText(const Tool &tool) const
{
    QStringList names;
    for (const ToolIntegration &i : m_data.integrations) {
        if (i.a != tool.id && i.b != tool.id)
            continue;
        const auto other = m_tools.constFind(i.a == tool.id ? i.b : i.a);
        if (other == m_tools.constEnd())
            continue;
        const QString kind
            = i.kind == IntegrationKind::Api ? QString() : u':' + integrationKindName(i.kind);
        names << m_data.tools[*other].name + kind;
    }
    // By name, not by id: the same workspace reads the same whatever order it was built in.
    names.sort(Qt::CaseInsensitive);
    return names.join(u"; ");
}

CsvWriter InventoryExport::csvWriter(const CsvWriteOptions &options) const
{
    CsvWriter writer(options);
    writer.writeRow(header());
    for (const Tool &tool : m_data.tools) {
        QStringList texts;
        for (const XlsxCell &cell : row(tool))
            texts << text(cell);
        writer.writeRow(texts);
    }
    return writer;
}

QByteArray InventoryExport::csv(const CsvWriteOptions &options) const
{
    return csvWriter(options).bytes();
}

Status InventoryExport::saveCsv(const QString &path, const CsvWriteOptions &options) const
{
    return csvWriter(options).save(path);
}

Status InventoryExport::saveXlsx(const QString &path) const
{
    XlsxWriteOptions options;
    options.sheetName = QStringLiteral("Inventory");
    XlsxWriter writer(options);
    writer.setHeader(header());
    for (const Tool &tool : m_data.tools)
        writer.writeRow(row(tool));
    return writer.save(path);
}

} // namespace sa
