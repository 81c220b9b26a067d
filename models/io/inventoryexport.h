#pragma once

#include "csvwriter.h"
#include "domain/capability.h"
#include "domain/category.h"
#include "domain/product.h"
#include "domain/result.h"
#include "domain/tool.h"
#include "xlsxcell.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace sa {

// The workspace's inventory as plain values, as a store gives them.
struct InventoryExportData
{
    std::vector<Tool> tools; // in the order to write them
    std::vector<ToolIntegration> integrations;
    std::vector<Product> products;        // the snapshots: vendor names, capability lists
    std::vector<Capability> capabilities; // snapshots and local ones: names for slugs
    std::vector<Category> categories;     // names for slugs; optional
    QString currency = QStringLiteral("USD");
};

// Writes the inventory as CSV (CsvWriter) or XLSX (XlsxWriter, money typed in the
// workspace currency, dates as dates), formulas neutralised by both writers, with the
// headers InventoryImporter recognises, so that importing an export gives equal tools:
// a "Catalogue product" column holds the product slug or "custom" (re-matching by name
// could pick another product), capabilities are written by name as the tool effectively
// has them ("none" when overrides remove them all), integrations by the other tool's
// name on both rows, sorted (":native" or ":connector" unless API), money as plain decimals in a
// column whose header names the currency. Tool names must be distinct and free of ';'
// and '|' for integrations to read back.
class InventoryExport
{
public:
    explicit InventoryExport(InventoryExportData data);

    QStringList header() const;
    std::vector<XlsxCell> row(const Tool &tool) const; // typed cells, in header order
    static QString text(const XlsxCell &cell);         // a cell as the CSV writes it

    QByteArray csv(const CsvWriteOptions &options = {}) const;
    Status saveCsv(const QString &path, const CsvWriteOptions &options = {}) const;
    Status saveXlsx(const QString &path) const;

private:
    CsvWriter csvWriter(const CsvWriteOptions &options) const;
    QString capabilitiesText(const Tool &tool) const;
    QString integrationsText(const Tool &tool) const;

    InventoryExportData m_data;
    QHash<QString, size_t> m_products; // slug -> index in m_data.products
    QHash<QString, QString> m_capabilityNames;
    QHash<QString, QString> m_categoryNames;
    QHash<ToolId, size_t> m_tools; // id -> index in m_data.tools
};

} // namespace sa
