#pragma once

#include <QString>
#include <QStringList>

namespace sa {

// The currencies an inventory names beside its amounts ("$1,250.50", "1.250,50 €",
// "USD 300") and in its headers ("Annual Cost (USD)"), so that an amount in another
// currency than the workspace's is caught instead of being read as if it were in it.
// A symbol can stand for several codes: "$" is any dollar, so a CAD workspace accepts
// "$300" while a EUR workspace refuses it.
class InventoryCurrency
{
public:
    // The ISO codes a symbol or code stands for ("$" -> USD, CAD, AUD...; "eur" -> EUR);
    // empty when text is neither a known symbol nor a three-letter code.
    static QStringList codes(QStringView text);
    // A three-letter code of a currency people put in headers and cells (USD, EUR, CHF...).
    static bool isKnownCode(QStringView text);
    static bool isSymbol(QChar c); // $ € £ ¥ ₹
    // Whether an amount marked with token may be taken as money in workspaceCurrency.
    static bool accepts(QStringView token, const QString &workspaceCurrency);
    // "EUR", or "dollars ($)" for a symbol of several codes: for messages.
    static QString describe(QStringView token);
};

} // namespace sa
