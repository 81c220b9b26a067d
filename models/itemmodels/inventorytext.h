#pragma once

#include "domain/tool.h"

#include <QDate>
#include <QString>

namespace sa {

// How the inventory's values read in its table, its dialog and its footer.
QString toolStatusLabel(ToolStatus status);         // "Active", "Trial", "Retiring", "Retired"
QString integrationKindLabel(IntegrationKind kind); // "Native", "Connector", "API"
QString inventoryDate(const QDate &date);           // "15 Nov 2027"; empty when unknown
QString inventoryCount(int count);                  // grouped per locale; empty when unknown (-1)
QString utilizationLabel(double ratio);             // "83 %"; empty when unknown (NaN)
QString toolCountLabel(int tools);                  // "1 tool", "84 tools"
// A subcategory slug as a name when no catalogue names it: "marketing-automation" ->
// "Marketing automation"; "Uncategorised" when empty.
QString categoryLabelFromSlug(const QString &slug);

} // namespace sa
