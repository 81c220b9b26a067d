#pragma once

#include "nametoken.h"

namespace sa {

class VendorNames;

// A name with the words that never tell two products apart taken away, at three depths.
// The words view the FoldedName reduced, which must outlive them.
struct ReducedName
{
    NameWords all;     // every word, notes included: for exact comparison
    NameWords core;    // see NameReducer
    NameWords bare;    // core with edition words dropped even down to a bare vendor name
    NameWords relaxed; // bare without channel and deployment words ("Web", "Pixel", "Cloud")
    std::vector<NameWords> others; // later segments and bracketed notes, reduced like core
};

// Reduces tool names as finance and IT exports write them to what names the product:
// "Hubspot Marketing Pro (marketing team)" -> "hubspot marketing", "Asana, Inc. - Business
// annual, 50 seats" -> "asana", "Dynamic Yield by Mastercard" -> "dynamic yield". The core
// is the first segment without bracketed notes, years, versions and seat counts, with
// trailing company suffixes (Inc, GmbH, .com), company words (Technologies, Software) and
// edition or licence words (Pro, Enterprise, Licence, Seats) dropped, but never down to
// nothing nor to a bare vendor name: "Microsoft Teams" stays, it is not "Microsoft". Only
// trailing words go: in "Meta Business Suite" the edition word is part of the name, and
// so is one in capitals in a mixed-case name ("Piwik PRO"). Channel and deployment words
// ("Web", "Mobile", "Pixel", "Cloud") go only in the relaxed form, which the matcher trusts
// less, because "Sales Cloud" is a product. The word lists are the whole policy; they live
// in the .cpp next to the code reading them.
class NameReducer
{
public:
    explicit NameReducer(const VendorNames &vendors);

    ReducedName reduce(const FoldedName &name) const;
    // reduce(name).core into words, reusing its memory: what an index needs of a key.
    void core(const FoldedName &name, NameWords &words) const;

private:
    void reduceToCore(NameWords &words, bool keepShouted) const;
    void dropVendorAttribution(NameWords &words) const;
    void dropTrailing(NameWords &words, bool stopAtVendor, bool keepShouted) const;

    const VendorNames &m_vendors;
};

} // namespace sa
