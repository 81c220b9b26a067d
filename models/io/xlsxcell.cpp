#include "xlsxcell.h"

namespace sa {

XlsxCell XlsxCell::ofText(QString text)
{
    return XlsxCell{Type::Text, std::move(text), 0, {}};
}

XlsxCell XlsxCell::ofNumber(double value)
{
    return XlsxCell{Type::Number, {}, value, {}};
}

XlsxCell XlsxCell::ofDate(QDate date)
{
    return XlsxCell{Type::Date, {}, 0, date};
}

XlsxCell XlsxCell::ofMoney(double amount, QString currency)
{
    return XlsxCell{Type::Money, std::move(currency), amount, {}};
}

} // namespace sa
