#pragma once

#include <QString>

namespace sa {

// The start-up questions about a catalogue file that cannot be used. Asks whether to
// rebuild a damaged or foreign catalogue from the shipped data ("Rebuild from shipped
// data" / "Quit"); returns true for rebuild.
bool askToRebuildCatalogue(const QString &path, const QString &message);
// A catalogue that cannot be opened nor rebuilt: says why; the application then quits.
void showCatalogueFailure(const QString &path, const QString &message);

} // namespace sa
