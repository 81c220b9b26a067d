#include "namereducer.h"

#include "flathashmap.h"
#include "vendornames.h"

#include <bitset>

namespace sa {

namespace {

enum Role : quint16 {
    Company = 1,    // legal forms and words companies put after their name
    Edition = 2,    // editions, licences and billing terms: what was bought, not which product
    Quantity = 4,   // what a count is of: "50 seats"
    Domain = 8,     // glued to a name: "monday.com", "Customer.io"
    Channel = 16,   // where or how a product runs or is connected, never which product
    Connector = 32, // left dangling once the word next to them is gone: "Canva for Teams"
    By = 64,        // "Dynamic Yield by Mastercard"
    Digit = 128,    // starts with a digit or is "v2"/"fy25"-like: may be a year or version
};

// Words with a role, and a bit per hash value modulo 4096 set for them: most words have
// no role, and the filter says so without probing the table.
struct RoleTable
{
    FlatHashMap roles;
    std::bitset<4096> filter;
};

void addRole(RoleTable &t, quint16 role, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        const quint64 h = wordHash(QStringView(w));
        t.roles.slot(h, 0) |= role;
        t.filter.set(size_t(h % 4096));
    }
}

// The word lists are the reduction policy.
const RoleTable &roleTable()
{
    static const RoleTable table = [] {
        RoleTable t;
        addRole(t,
                Company,
                {u"inc",
                 u"incorporated",
                 u"llc",
                 u"ltd",
                 u"limited",
                 u"gmbh",
                 u"sa",
                 u"sas",
                 u"sarl",
                 u"ag",
                 u"bv",
                 u"nv",
                 u"corp",
                 u"corporation",
                 u"co",
                 u"company",
                 u"plc",
                 u"pty",
                 u"oy",
                 u"ab",
                 u"aps",
                 u"srl",
                 u"spa",
                 u"kk",
                 u"lp",
                 u"llp",
                 u"ulc",
                 u"technologies",
                 u"technology",
                 u"software",
                 u"labs",
                 u"systems",
                 u"solutions",
                 u"group",
                 u"holdings",
                 u"international",
                 u"communications"});
        addRole(t,
                Edition,
                {u"professional", u"pro",           u"enterprise", u"premium",  u"standard",
                 u"starter",      u"basic",         u"plus",       u"growth",   u"team",
                 u"teams",        u"business",      u"essentials", u"ultimate", u"edition",
                 u"licence",      u"license",       u"licences",   u"licenses", u"licensing",
                 u"subscription", u"subscriptions", u"annual",     u"annually", u"yearly",
                 u"monthly",      u"renewal",       u"seats",      u"seat",     u"users",
                 u"user",         u"plan",          u"plans",      u"tier",     u"advanced",
                 u"unlimited",    u"select",        u"prime",      u"elite",    u"lite",
                 u"free",         u"addon"});
        addRole(t,
                Quantity,
                {u"seats",
                 u"seat",
                 u"users",
                 u"user",
                 u"licences",
                 u"licenses",
                 u"licence",
                 u"license",
                 u"members",
                 u"agents"});
        addRole(t, Domain, {u"com", u"io", u"ai", u"co", u"app", u"so", u"net", u"org"});
        // "Braze Cloud Mode", "TikTok Pixel", "Appcues Mobile", "Jira Cloud", "Extole Platform"
        addRole(
            t, Channel, {u"web",         u"mobile",   u"app",         u"apps",         u"ios",
                         u"android",     u"desktop",  u"plugin",      u"extension",    u"sdk",
                         u"api",         u"capi",     u"pixel",       u"tag",          u"tags",
                         u"events",      u"event",    u"conversions", u"conversion",   u"audiences",
                         u"audience",    u"tracking", u"integration", u"integrations", u"connector",
                         u"destination", u"actions",  u"legacy",      u"classic",      u"new",
                         u"server",      u"client",   u"side",        u"mode",         u"device",
                         u"cloud",       u"online",   u"saas",        u"hosted",       u"onprem",
                         u"premise",     u"premises", u"platform",    u"platforms"});
        addRole(t, Connector, {u"and", u"for", u"with", u"of", u"by", u"per"});
        addRole(t, By, {u"by"});
        return t;
    }();
    return table;
}

// Fills in the roles of words copied from a FoldedName.
void assignRoles(NameWords &words)
{
    const RoleTable &table = roleTable();
    for (NameToken &w : words) {
        w.roles = table.filter.test(size_t(w.hash % 4096)) ? quint16(table.roles.value(w.hash, 0))
                                                           : quint16(0);
        const QChar first = w.text.isEmpty() ? QChar() : w.text.front();
        if (first.isDigit() || first == u'v' || first == u'f')
            w.roles |= Digit;
    }
}

bool isNumber(QStringView w)
{
    for (const QChar c : w) {
        if (!c.isDigit())
            return false;
    }
    return !w.isEmpty();
}

// Years, fiscal years and versions: "2024", "FY25", "Marketo V2".
bool isNoiseNumber(QStringView w)
{
    if (w.size() == 4 && isNumber(w) && (w.startsWith(u"19") || w.startsWith(u"20")))
        return true;
    if (w.startsWith(u"fy") && (w.size() == 4 || w.size() == 6) && isNumber(w.mid(2)))
        return true;
    return w.size() > 1 && w.front() == u'v' && isNumber(w.mid(1));
}

bool isConnector(const NameToken &w)
{
    return w.roles & Connector;
}

bool isCountOf(const NameWords &w, size_t i) // "50 seats"
{
    return i + 1 < w.size() && (w[i].roles & Digit) && (w[i + 1].roles & Quantity)
           && isNumber(w[i].text);
}

void trimConnectors(NameWords &words)
{
    while (words.size() > 1 && isConnector(words.back()))
        words.pop_back();
    while (words.size() > 1 && isConnector(words.front()))
        words.erase(words.begin());
}

enum class Trailing { Kept, Company, Edition };

} // namespace

NameReducer::NameReducer(const VendorNames &vendors)
    : m_vendors(vendors)
{
}

void NameReducer::dropVendorAttribution(NameWords &words) const
{
    for (size_t i = 1; i + 1 < words.size(); ++i) {
        if (!(words[i].roles & By))
            continue;
        if (const int len = m_vendors.prefixLength(words, i + 1); len > 0) {
            words.erase(words.begin() + qsizetype(i), words.begin() + qsizetype(i + 1 + len));
            return;
        }
    }
}

// Drops trailing noise words; with stopAtVendor, never an edition word that would leave a
// bare vendor name ("Microsoft Teams").
void NameReducer::dropTrailing(NameWords &w, bool stopAtVendor, bool keepShouted) const
{
    while (w.size() > 1) {
        const NameToken &last = w.back();
        Trailing kind = Trailing::Kept;
        size_t keep = w.size() - 1;
        if ((last.roles & Company) || (last.afterDot && (last.roles & Domain)))
            kind = Trailing::Company;
        else if ((last.roles & Edition) && !(keepShouted && last.shouted))
            kind = Trailing::Edition;
        else if ((last.roles & Digit) && last.text.size() <= 2 && isNumber(last.text)
                 && (w[keep - 1].roles & Edition) && keep > 1) {
            kind = Trailing::Edition; // "Plan 2", "Tier 1"
            --keep;
        }
        if (kind == Trailing::Kept)
            break;
        while (keep > 0 && isConnector(w[keep - 1]))
            --keep;
        if (keep == 0)
            break;
        if (stopAtVendor && kind == Trailing::Edition && m_vendors.find(w, 0, keep) >= 0)
            break;
        w.resize(keep);
    }
}

void NameReducer::reduceToCore(NameWords &w, bool keepShouted) const
{
    dropVendorAttribution(w);
    size_t noise = 0;
    for (size_t i = 0; i < w.size(); ++i) {
        if (isCountOf(w, i))
            noise += 2;
        else if ((w[i].roles & Digit) && isNoiseNumber(w[i].text))
            ++noise;
    }
    if (noise > 0 && noise < w.size()) {
        size_t kept = 0;
        for (size_t i = 0; i < w.size(); ++i) {
            if (isCountOf(w, i))
                ++i;
            else if (!((w[i].roles & Digit) && isNoiseNumber(w[i].text)))
                w[kept++] = w[i];
        }
        w.resize(kept);
    }
    dropTrailing(w, true, keepShouted);
}

namespace {

// The first segment outside brackets, or failing that any words outside brackets.
void primaryWords(const NameWords &all, NameWords &out)
{
    out.clear();
    for (const NameToken &t : all) {
        if (t.segment == 0 && !t.bracketed)
            out.push_back(t);
    }
    if (out.empty()) {
        for (const NameToken &t : all) {
            if (!t.bracketed)
                out.push_back(t);
        }
    }
    if (out.empty())
        out = all;
    assignRoles(out);
}

} // namespace

void NameReducer::core(const FoldedName &name, NameWords &words) const
{
    primaryWords(name.words(), words);
    reduceToCore(words, name.hasLowerCase());
}

ReducedName NameReducer::reduce(const FoldedName &name) const
{
    const bool keepShouted = name.hasLowerCase();
    ReducedName r;
    r.all = name.words();
    assignRoles(r.all);
    primaryWords(r.all, r.core);
    reduceToCore(r.core, keepShouted);
    r.bare = r.core;
    dropTrailing(r.bare, false, keepShouted);
    for (const NameToken &t : r.bare) {
        if (!(t.roles & Channel))
            r.relaxed.push_back(t);
    }
    trimConnectors(r.relaxed);
    if (r.relaxed.empty())
        r.relaxed = r.bare;
    else
        dropTrailing(r.relaxed, false, keepShouted);

    int segments = 0;
    for (const NameToken &t : r.all)
        segments = std::max(segments, t.segment + 1);
    for (int s = 1; s < segments; ++s) {
        NameWords segment;
        for (const NameToken &t : r.all) {
            if (t.segment == s && !t.bracketed)
                segment.push_back(t);
        }
        if (!segment.empty()) {
            reduceToCore(segment, keepShouted);
            r.others.push_back(std::move(segment));
        }
    }
    NameWords note;
    for (const NameToken &t : r.all) {
        if (t.bracketed)
            note.push_back(t);
    }
    if (!note.empty() && note.size() < r.all.size()) {
        reduceToCore(note, keepShouted);
        r.others.push_back(std::move(note));
    }
    return r;
}

} // namespace sa
