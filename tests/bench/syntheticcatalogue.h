#pragma once

#include "catalogue/cataloguecontent.h"

#include <QByteArray>

#include <vector>

namespace sa::bench {

struct SyntheticCatalogue
{
    std::vector<Vendor> vendors;
    std::vector<Product> products;
};

// A made-up catalogue for benchmarks, shaped like a real one so that imports and
// searches do real work: productCount products of productCount / 5 vendors, names from
// word lists ("Brightwave Email Studio Pro"), each under a real subcategory with 3 to 8
// real capabilities (mostly of that subcategory) taken from the shipped catalogue, so an
// import resolves them all. Aliases, ~20-word descriptions, segments and prices as the
// shipped products have them. A seeded generator of its own (not std:: distributions,
// whose output differs between standard libraries) makes the same seed give the same
// bytes everywhere; names and slugs never collide with the shipped ones.
SyntheticCatalogue
syntheticCatalogue(const CatalogueContent &shipped, int productCount, quint64 seed);

// The catalogue in the catalogue CSV format (CatalogueCsv::exportHeader() columns), LF
// line ends.
QByteArray catalogueCsv(const SyntheticCatalogue &catalogue);

} // namespace sa::bench
