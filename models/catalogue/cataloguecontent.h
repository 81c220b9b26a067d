#pragma once

#include "domain/capability.h"
#include "domain/category.h"
#include "domain/product.h"
#include "domain/vendor.h"

#include <QStringList>

#include <vector>

namespace sa {

// A product or capability deleted from a catalogue: its slug and when (ISO 8601 UTC), so
// that a push or pull deletes it on the other side too.
struct Tombstone
{
    enum class Kind { Product, Capability };
    Kind kind = Kind::Product;
    QString slug;
    QString when;

    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

// The whole catalogue as plain values, cross-referenced by slug: what the shipped text
// files (data/catalogue) hold and what a store is built from.
struct CatalogueContent
{
    std::vector<Category> categories; // top-level categories first, then subcategories
    std::vector<Capability> capabilities;
    std::vector<Vendor> vendors;
    std::vector<Product> products;
    std::vector<Tombstone> tombstones; // for a push or pull; the shipped files have none
    QString fingerprint;               // SHA-1 of the files read; changes whenever the content does
};

struct CatalogueReadResult
{
    CatalogueContent content;
    QStringList errors; // "FILE:LINE:COLUMN: what is wrong"; content is unusable if any
};

// Reads a catalogue folder (taxonomy.txt, capabilities.txt, vendors/*.txt,
// products/*.txt; see data/catalogue/README.md). Works on resource paths (":/...") too.
// All problems are collected, not only the first, so that authors can fix them at once.
CatalogueReadResult readCatalogueFolder(const QString &dir);

// The fingerprint readCatalogueFolder() would give the folder, from the files' bytes
// alone (no parsing): what opening a catalogue compares with the one it merged last, so
// that an unchanged shipped catalogue costs a hash of its bytes and not a full read.
QString catalogueFolderFingerprint(const QString &dir);

// Rules the shipped catalogue keeps beyond well-formedness: every subcategory has a
// product, every product has at least three capabilities, aliases are unambiguous,
// every product has a vendor. Returns one line per problem.
QStringList catalogueIntegrityProblems(const CatalogueContent &content);

} // namespace sa
