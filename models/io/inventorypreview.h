#pragma once

#include "csvreader.h"
#include "csvtable.h"
#include "domain/capability.h"
#include "domain/requirement.h"
#include "domain/tool.h"
#include "inventorycolumns.h"
#include "inventorydates.h"
#include "namematchcandidate.h"
#include "xlsxreader.h"

#include <QStringList>

#include <vector>

namespace sa {

enum class InventoryMode { Tools, Requirements }; // import, import --as requirements
enum class InventoryFileKind { Csv, Xlsx };

// What the caller tells a preview: the wizard's choices, or the CLI's flags.
struct InventoryOptions
{
    InventoryMode mode = InventoryMode::Tools;
    QStringList mappings;                                // "Header=field" (--map)
    DateOrder dateOrder = DateOrder::Unknown;            // --dates us|eu; Unknown: from the file
    DateOrder fallbackDateOrder = DateOrder::MonthFirst; // when the file cannot tell: the
                                                         // workspace's locale setting
    QString displayName; // how messages name the file; empty: the path as given
    CsvReadOptions csv;  // encoding, delimiter and header overrides
    XlsxReadOptions xlsx;
    int maxErrors = 50;
    int maxWarnings = 200;
};

// A problem of one cell, for the wizard to mark; the same text is in the preview's lists.
struct InventoryCellProblem
{
    int column = -1; // table column; -1 for the row as a whole
    bool error = false;
    QString message; // what is wrong, without the location
};

enum class InventoryMatchKind {
    Accepted,  // the matcher is sure (>= NameMatcher::AcceptThreshold)
    Suggested, // candidates to confirm; imported custom unless confirmed
    Unmatched, // nothing close: a custom tool
    FromFile,  // the file's product column names the product, or "custom"
};

struct InventoryMatch
{
    InventoryMatchKind kind = InventoryMatchKind::Unmatched;
    QString productSlug;                    // Accepted or FromFile; empty: custom
    std::vector<MatchCandidate> candidates; // best first
};

// A tool named in an "Integrates with" cell: another row of the file or a tool already
// in the workspace.
struct InventoryLink
{
    int row = -1;        // index in InventoryPreview::rows
    ToolId existing = 0; // else: a workspace tool
    IntegrationKind kind = IntegrationKind::Api;

    friend bool operator==(const InventoryLink &, const InventoryLink &) = default;
};

// One data row as read. The product, vendor and capabilities the tool finally gets
// depend on the user's decision and are settled by InventoryImporter::buildImport.
struct InventoryRow
{
    int line = 0;                   // physical line (or sheet row) where the row starts
    bool skipped = false;           // a totals row: shown, never imported
    Tool tool;                      // parsed values; productSlug empty, capabilities empty
    bool capabilitiesGiven = false; // the Capabilities cell had a list (it overrides)
    std::vector<ToolCapability> listedCapabilities; // in slug order
    std::vector<InventoryLink> links;
    InventoryMatch match;
    std::vector<InventoryCellProblem> problems;
};

struct InventoryRequirementRow
{
    int line = 0;
    Requirement requirement;
    std::vector<InventoryCellProblem> problems;
};

// Everything the import wizard shows before anything is written, and what buildImport
// works from. errors non-empty means the import must not happen.
struct InventoryPreview
{
    InventoryMode mode = InventoryMode::Tools;
    QString fileName; // as messages name it
    InventoryFileKind fileKind = InventoryFileKind::Csv;
    CsvFormat format;   // encoding, delimiter, line endings, header line; sheet for XLSX
    QStringList sheets; // XLSX: every sheet, for the wizard's sheet picker
    CsvTable table;
    InventoryColumns columns;
    // The order ambiguous numeric dates were read in, and whether the file decided it.
    // When it did not (every such date has both numbers <= 12), dateOrderNeeded is set:
    // the wizard asks, the CLI has warned and used the fallback.
    DateOrder dateOrder = DateOrder::Unknown;
    bool dateOrderNeeded = false;
    int dataRows = 0;               // table rows with anything in them (blank ones are not counted)
    std::vector<InventoryRow> rows; // Tools mode: one per table row
    std::vector<InventoryRequirementRow> requirements; // Requirements mode
    std::vector<Capability> localCapabilities;         // names the catalogue does not know
    QStringList errors;   // "FILE:LINE:COLUMN: what is wrong", capped at maxErrors
    QStringList warnings; // "FILE:LINE:COLUMN: warning: ..."
    QStringList infos;    // "FILE:LINE:COLUMN: info: ..." about ignored columns
    QStringList messages; // all of the above in file order, as the CLI prints them
    Error::Kind errorKind = Error::Kind::BadInput;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace sa
