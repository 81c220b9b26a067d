#include "syntheticwords.h"

namespace sa::bench {

namespace {

const char16_t *const vendorPrefixes[] = {
    u"Bright",  u"Blue",  u"Clear", u"Cloud",  u"Deep",   u"Echo",   u"Flux",  u"Green",  u"High",
    u"Iron",    u"Lumen", u"Meta",  u"Nimbus", u"North",  u"Nova",   u"Omni",  u"Open",   u"Peak",
    u"Pixel",   u"Prime", u"Quant", u"Rapid",  u"Red",    u"Silver", u"Smart", u"Solar",  u"Spark",
    u"Star",    u"Swift", u"True",  u"Vivid",  u"Zen",    u"Apex",   u"Arc",   u"Bold",   u"Core",
    u"Crisp",   u"Delta", u"Ever",  u"Fair",   u"First",  u"Fresh",  u"Giga",  u"Hyper",  u"Jet",
    u"Keen",    u"Kind",  u"Level", u"Lime",   u"Magic",  u"Mint",   u"Neo",   u"Orbit",  u"Quick",
    u"Radiant", u"Sharp", u"Sky",   u"Sonic",  u"Terra",  u"Titan",  u"Ultra", u"Vector", u"Wise",
    u"Zeta",    u"Amber", u"Birch", u"Cedar",  u"Copper", u"Coral",  u"Dune",
};

const char16_t *const vendorRoots[] = {
    u"wave",  u"stack", u"base",  u"bit",     u"box",   u"craft",  u"dash",  u"desk",  u"field",
    u"flow",  u"forge", u"gate",  u"grid",    u"hive",  u"kit",    u"layer", u"leaf",  u"line",
    u"link",  u"logic", u"mark",  u"mind",    u"mill",  u"path",   u"point", u"pod",   u"port",
    u"sense", u"shift", u"sight", u"spring",  u"stone", u"stream", u"sync",  u"tide",  u"track",
    u"ware",  u"way",   u"works", u"yard",    u"zone",  u"nest",   u"rise",  u"scale", u"scope",
    u"cast",  u"loop",  u"beam",  u"metrics", u"ly",
};

const char16_t *const vendorForms[] = {
    u"",
    u" Labs",
    u" Inc.",
    u" Software",
    u" Technologies",
    u" AI",
    u" Systems",
    u" Digital",
    u" Group",
    u" Cloud",
};

const char16_t *const productNouns[] = {
    u"Hub",     u"Studio",   u"Cloud",   u"Suite",   u"Desk",     u"Flow",      u"Engine",
    u"Pilot",   u"Works",    u"Central", u"Stack",   u"Connect",  u"Sense",     u"Base",
    u"Point",   u"Lab",      u"IQ",      u"Ops",     u"Pulse",    u"Sync",      u"Track",
    u"Manager", u"Platform", u"Builder", u"Tracker", u"Insights", u"Analytics", u"Center",
    u"Cast",    u"Boost",    u"Scout",   u"Radar",   u"Genius",   u"Deck",      u"Bridge",
};

// Repeats weight the common case: most products have no edition in their name.
const char16_t *const editions[] = {
    u"",
    u"",
    u"",
    u"",
    u"",
    u"",
    u" Pro",
    u" Enterprise",
    u" Starter",
    u" Plus",
    u" Cloud",
    u" Team",
    u" Essentials",
    u" Premium",
    u" Business",
    u" 360",
    u" Express",
    u" Edge",
};

const char16_t *const audiences[] = {
    u"marketing",
    u"sales",
    u"growth",
    u"ecommerce",
    u"support",
    u"product",
    u"revenue",
    u"demand generation",
    u"brand",
    u"content",
    u"analytics",
    u"operations",
    u"agency",
    u"partner",
    u"customer success",
    u"field marketing",
};

const char16_t *const verbs[] = {
    u"run",
    u"automate",
    u"track",
    u"plan",
    u"measure",
    u"manage",
    u"scale",
    u"simplify",
    u"orchestrate",
    u"monitor",
    u"optimize",
    u"streamline",
    u"report on",
    u"coordinate",
    u"improve",
};

const char16_t *const reaches[] = {
    u"web and mobile",
    u"email and SMS",
    u"every channel",
    u"paid and owned media",
    u"stores and apps",
    u"regions and brands",
    u"teams and agencies",
    u"B2B and B2C journeys",
    u"the whole customer lifecycle",
};

const char16_t *const pricingModels[] = {
    u"per seat",
    u"by marketing contacts",
    u"usage based",
    u"annual subscription",
    u"per location",
    u"by monthly active users",
    u"tiered plans",
    u"per event",
};

const char16_t *const priceBases[] = {
    u"Starter plan, 1 seat, list price, billed annually",
    u"Professional tier, 3 seats, list price, billed annually",
    u"Growth plan, 10,000 contacts, billed monthly",
    u"Business edition, 25 seats, list price",
    u"Standard plan, 100,000 events a month, billed annually",
    u"Team plan, 5 users, billed annually",
};

const char16_t *const stopWords[] = {
    u"and", u"or", u"the", u"of", u"to",  u"for", u"with", u"from", u"across", u"on",
    u"in",  u"a",  u"an",  u"by", u"its", u"at",  u"as",   u"e",    u"b",      u"i",
};

} // namespace

const SyntheticWords &syntheticWords()
{
    static const SyntheticWords words{vendorPrefixes,
                                      vendorRoots,
                                      vendorForms,
                                      productNouns,
                                      editions,
                                      audiences,
                                      verbs,
                                      reaches,
                                      pricingModels,
                                      priceBases,
                                      stopWords};
    return words;
}

} // namespace sa::bench
