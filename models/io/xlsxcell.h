#pragma once

#include <QDate>
#include <QString>

namespace sa {

// One typed value for XlsxWriter: the type decides how the cell is stored and shown
// (text always as a string, never as a formula; dates as date serials with an ISO date
// format; money as a number with its currency's format), so exports sort and sum in
// Excel as the data means.
struct XlsxCell
{
    enum class Type : quint8 { Empty, Text, Number, Date, Money };

    Type type = Type::Empty;
    QString text;      // Text: the text; Money: the ISO currency code ("USD")
    double number = 0; // Number and Money
    QDate date;        // Date

    static XlsxCell ofText(QString text);
    static XlsxCell ofNumber(double value);
    static XlsxCell ofDate(QDate date);
    static XlsxCell ofMoney(double amount, QString currency);
};

} // namespace sa
