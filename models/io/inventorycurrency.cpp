#include "inventorycurrency.h"

#include "cataloguecsvvalues.h"

#include <vector>

namespace sa {

namespace {

struct Symbol
{
    const char16_t *symbol;
    const char16_t *name; // for messages
    std::vector<const char16_t *> codes;
};

const std::vector<Symbol> &symbols()
{
    static const std::vector<Symbol> list{
        {u"$", u"dollars", {u"USD", u"CAD", u"AUD", u"NZD", u"SGD", u"HKD", u"MXN"}},
        {u"US$", u"US dollars", {u"USD"}},
        {u"C$", u"Canadian dollars", {u"CAD"}},
        {u"CA$", u"Canadian dollars", {u"CAD"}},
        {u"A$", u"Australian dollars", {u"AUD"}},
        {u"AU$", u"Australian dollars", {u"AUD"}},
        {u"€", u"euros", {u"EUR"}},
        {u"£", u"pounds", {u"GBP"}},
        {u"¥", u"yen or yuan", {u"JPY", u"CNY"}},
        {u"₹", u"rupees", {u"INR"}},
        {u"kr", u"kronor or kroner", {u"SEK", u"NOK", u"DKK"}},
        {u"Fr.", u"francs", {u"CHF"}},
        {u"zł", u"złoty", {u"PLN"}},
    };
    return list;
}

const Symbol *findSymbol(QStringView text)
{
    for (const Symbol &s : symbols()) {
        if (text.compare(QStringView(s.symbol), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

constexpr const char16_t *kKnownCodes[] = {
    u"USD", u"EUR", u"GBP", u"CHF", u"CAD", u"AUD", u"NZD", u"JPY", u"CNY", u"INR", u"SEK",
    u"NOK", u"DKK", u"PLN", u"CZK", u"HUF", u"BRL", u"MXN", u"ZAR", u"SGD", u"HKD",
};

} // namespace

QStringList InventoryCurrency::codes(QStringView text)
{
    const QStringView t = CatalogueCsvValues::trimmed(text);
    if (const Symbol *s = findSymbol(t)) {
        QStringList out;
        for (const char16_t *code : s->codes)
            out << QString::fromUtf16(code);
        return out;
    }
    // Three letters (any case) are a code; CatalogueCsvValues reads them so for prices too.
    if (const std::optional<QString> code = CatalogueCsvValues::currency(t);
        code && code->size() == 3)
        return {*code};
    return {};
}

bool InventoryCurrency::isKnownCode(QStringView text)
{
    for (const char16_t *code : kKnownCodes) {
        if (text.compare(QStringView(code), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool InventoryCurrency::isSymbol(QChar c)
{
    return c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'₹';
}

bool InventoryCurrency::accepts(QStringView token, const QString &workspaceCurrency)
{
    return codes(token).contains(workspaceCurrency, Qt::CaseInsensitive);
}

QString InventoryCurrency::describe(QStringView token)
{
    const QStringList all = codes(token);
    if (all.size() == 1)
        return all.front();
    const Symbol *s = findSymbol(CatalogueCsvValues::trimmed(token));
    return s ? QString::fromUtf16(s->name) + u" (" + QString::fromUtf16(s->symbol) + u')'
             : token.toString();
}

} // namespace sa
