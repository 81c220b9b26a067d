#include "moneyedit.h"

#include <cmath>

namespace sa {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setRange(0.0, 999'999'999.99);
    setSingleStep(100.0);
    setGroupSeparatorShown(true);
    setAlignment(Qt::AlignRight);
    setAccelerated(true);
    setCurrency(QStringLiteral("USD"));
}

void MoneyEdit::setCurrency(const QString &currency)
{
    // The symbol as money is written everywhere else: "$0.00" -> "$", "SEK 0.00" -> "SEK ".
    QString prefix = formatMoney(0, currency);
    prefix.chop(4);
    setPrefix(prefix);
}

Cents MoneyEdit::cents() const
{
    return Cents(std::llround(value() * 100.0));
}

void MoneyEdit::setCents(Cents amount)
{
    setValue(double(amount) / 100.0);
}

} // namespace sa
