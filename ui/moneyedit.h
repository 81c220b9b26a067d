#pragma once

#include "domain/money.h"

#include <QDoubleSpinBox>

namespace sa {

// An amount of money in a workspace's currency: its symbol before the number, cents,
// grouped thousands; read and written as whole cents, so nothing is lost to rounding.
class MoneyEdit final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyEdit)

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    Cents cents() const;
    void setCents(Cents amount);
};

} // namespace sa
