#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sa {

// Reads the typed cells of the catalogue CSV format as people type them in spreadsheets,
// strictly enough that a wrong value is an error rather than a silent guess. Each
// returns nullopt (or an invalid date) for a value it cannot read; callers word the error.
class CatalogueCsvValues
{
public:
    // A price in whole currency units: "9600", "9,600", "$9,600.50" (rounds to 9601),
    // "1.250,50 €", "12.500". -1 for an empty cell or "quote", "n/a", "-" (not published).
    // nullopt for text that is not a number, or a negative one.
    static std::optional<qint64> price(QStringView text);
    // "2025-03-14", "2025-03" (the 1st), "2025/03/14", or an ISO date-time; invalid otherwise.
    static QDate date(QStringView text);
    // Capability strength: "1".."3" or "basic", "solid", "leading".
    static std::optional<int> strength(QStringView text);
    // "smb", "mid-market" or "enterprise" from "SMB", "Small business", "Mid market", ...
    static std::optional<QString> segment(QStringView text);
    // "cloud", "on-premise" or "hybrid" from "SaaS", "On prem", "self-hosted", ...
    static std::optional<QString> deployment(QStringView text);
    // An ISO 4217-shaped code, upper-cased; "$", "€" and "£" give USD, EUR and GBP.
    static std::optional<QString> currency(QStringView text);

    // QStringView::trimmed() with a shortcut for the usual cell with nothing to trim.
    static QStringView trimmed(QStringView text);
};

} // namespace sa
