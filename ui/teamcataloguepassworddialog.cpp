#include "teamcataloguepassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa {

TeamCataloguePasswordDialog::TeamCataloguePasswordDialog(const QString &url,
                                                         const QString &problem,
                                                         QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("teamCataloguePasswordDialog"));
    setWindowTitle(tr("Connect to the Team Catalogue"));
    auto *intro = new QLabel(
        tr("The catalogue server %1 asks for a password. It is kept in memory until StackAtlas "
           "quits; to connect without this question, put it in ~/.pgpass.")
            .arg(url),
        this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("teamCataloguePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *error = new QLabel(problem, this);
    error->setObjectName(QStringLiteral("teamCatalogueProblem"));
    error->setWordWrap(true);
    error->setVisible(!problem.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString TeamCataloguePasswordDialog::password() const
{
    return m_password->text();
}

} // namespace sa
