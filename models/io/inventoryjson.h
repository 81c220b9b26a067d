#pragma once

#include <QJsonObject>

namespace sa {

struct InventoryOutcome;
struct InventoryPreview;

// The object `stackatlas-cli import --json` prints after a successful import (stable;
// README documents it):
//
//   {
//     "file": "finance-export.csv",
//     "mode": "tools",                 // or "requirements" (--as requirements)
//     "rows": 84,                      // data rows read below the header
//     "imported": 83,                  // tools added (requirements set in that mode)
//     "matched": 71,                   // tools that got a catalogue product
//     "unmatched": ["NB Lead Router (internal)", ...], // custom tools, by name
//     "suggested": [                   // rows imported custom although the catalogue had a
//       {"name": "Hootsuite", "product": "hootsuite", "confidence": 0.75}  // likely product;
//     ],                               // --accept-suggestions takes them instead
//     "integrations": 120,             // pairs the import names
//     "requirements": 0,
//     "local_capabilities": ["local-email-signature-management", ...],
//     "warnings": ["FILE:LINE:COLUMN: warning: ...", ...]
//   }
//
// Names are as the file wrote them; lists are in file order, local capabilities by slug.
class InventoryJson
{
public:
    static QJsonObject summary(const InventoryPreview &preview, const InventoryOutcome &outcome);
};

} // namespace sa
