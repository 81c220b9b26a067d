#pragma once

#include <QString>

#include <vector>

namespace sa {

struct InventoryPreview;

// One error or warning of an import preview as the wizard lists it: the message exactly as
// the CLI prints it ("FILE:LINE:COLUMN: ..."), and the cell it is about so that a click can
// show it. row is a table row (-1: the file or the header), column a table column (-1: the
// whole row, or nothing to point at).
struct ImportProblem
{
    bool error = false;
    QString text;     // "FILE:LINE:COLUMN: warning: what", as listed
    QString location; // "FILE:LINE:COLUMN", "FILE:SHEET!CELL" or "FILE"
    QString message;  // "what"
    int row = -1;
    int column = -1;

    friend bool operator==(const ImportProblem &, const ImportProblem &) = default;
};

// The preview's errors, then its warnings, each in the engine's order, tied to their cells.
// The engine keeps every problem on its row uncapped and lists them capped; an entry is
// tied to the n-th row problem with the same message, and row problems past the caps are
// listed too, located at their cell. Header-level entries point at the header cell.
std::vector<ImportProblem> collectImportProblems(const InventoryPreview &preview);

} // namespace sa
