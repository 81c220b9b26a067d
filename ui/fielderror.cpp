#include "fielderror.h"

#include <QFormLayout>
#include <QLabel>

namespace sa {

void showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    QWidget *parent = label->parentWidget();
    if (auto *form = qobject_cast<QFormLayout *>(parent ? parent->layout() : nullptr)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(label, &row, &role);
        if (row >= 0) {
            form->setRowVisible(row, !text.isEmpty());
            return;
        }
    }
    label->setVisible(!text.isEmpty());
}

} // namespace sa
