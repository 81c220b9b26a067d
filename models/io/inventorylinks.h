#pragma once

#include "domain/product.h"
#include "domain/tool.h"
#include "inventorypreview.h"
#include "namereducer.h"
#include "vendornames.h"

#include <QHash>
#include <QMultiHash>

#include <vector>

namespace sa {

class InventoryCells;
class InventoryMessages;

// Resolves the tool names of "Integrates with" cells ("Salesforce; HubSpot Marketing
// Hub Pro", each optionally ":native", ":connector" or ":api") to the rows of the same
// file first, then to the tools already in the workspace: each time by exact name
// (ignoring case), then by the name as NameMatcher normalises it (NameReducer: "SFDC
// Sales Cloud" finds the row "SFDC Sales Cloud Enterprise"). A name that stays
// unresolved, or that normalises to several tools, is a warning naming its cell; the
// integration is left out rather than guessed.
class InventoryLinks
{
public:
    // rowNames: the name of each row (empty for rows that are not imported);
    // products: the catalogue, whose vendor names keep "Microsoft Teams" from shrinking.
    InventoryLinks(const std::vector<Product> &products,
                   const std::vector<QString> &rowNames,
                   const std::vector<Tool> &existing);
    InventoryLinks(const InventoryLinks &) = delete; // the reducer refers to m_vendors
    InventoryLinks &operator=(const InventoryLinks &) = delete;

    // Reads the "Integrates with" cell of row into out->links.
    void read(const InventoryCells &cells,
              int row,
              InventoryRow *out,
              InventoryMessages *messages) const;

private:
    struct Found
    {
        QList<int> rows;
        QList<ToolId> tools;
    };
    quint64 normalKey(QStringView name) const;
    Found find(QStringView name) const;

    VendorNames m_vendors;
    NameReducer m_reducer{m_vendors};
    std::vector<QString> m_rowNames;
    QHash<QString, int> m_rowExact; // case-folded name -> first row
    QMultiHash<quint64, int> m_rowNormal;
    QHash<QString, ToolId> m_toolExact;
    QMultiHash<quint64, ToolId> m_toolNormal;
    QHash<ToolId, QString> m_toolNames;
};

} // namespace sa
