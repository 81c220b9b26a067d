#include "dialogframe.h"

#include "theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa {

DialogFrame createDialogFrame(QDialog *dialog, const QString &headline, const QString &intro)
{
    auto *title = new QLabel(headline);
    title->setObjectName(QStringLiteral("dialogHeadline"));
    auto *text = new QLabel(intro);
    text->setProperty("hint", true);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(text);
    auto *body = new QVBoxLayout;
    body->setSpacing(10);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    return DialogFrame{body, buttons->button(QDialogButtonBox::Ok)};
}

QLineEdit *createSearchBox(const QString &objectName, const QString &placeholder)
{
    auto *box = new QLineEdit;
    box->setObjectName(objectName);
    box->setClearButtonEnabled(true);
    box->setPlaceholderText(placeholder);
    box->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    return box;
}

} // namespace sa
