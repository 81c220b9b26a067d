#include "capabilitydialog.h"

#include "domain/slug.h"
#include "fielderror.h"
#include "savewithretry.h"
#include "subcategorycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa {

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("error", true);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

CapabilityDialog::CapabilityDialog(const std::vector<Category> &categories,
                                   const std::vector<Capability> &existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_name(new QLineEdit)
    , m_nameError(errorLabel(QStringLiteral("capabilityNameError")))
    , m_subcategory(new SubcategoryCombo)
    , m_subcategoryError(errorLabel(QStringLiteral("capabilitySubcategoryError")))
    , m_description(new QPlainTextEdit)
    , m_aliases(new QLineEdit)
{
    setObjectName(QStringLiteral("capabilityDialog"));
    resize(560, 360);
    m_name->setObjectName(QStringLiteral("capabilityNameEdit"));
    m_name->setPlaceholderText(tr("A concrete thing a tool does, e.g. Lead scoring"));
    m_subcategory->setObjectName(QStringLiteral("capabilitySubcategoryCombo"));
    m_subcategory->setCategories(categories);
    m_description->setObjectName(QStringLiteral("capabilityDescriptionEdit"));
    m_description->setPlaceholderText(tr("One sentence on what it means."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_aliases->setObjectName(QStringLiteral("capabilityAliasesEdit"));
    m_aliases->setPlaceholderText(
        tr("Other names, separated by commas: A/B testing, split testing"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Subcategory"), m_subcategory);
    form->addRow(QString(), m_subcategoryError);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Also known as"), m_aliases);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CapabilityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CapabilityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 14);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &CapabilityDialog::validate);
    connect(m_subcategory, &QComboBox::currentIndexChanged, this, &CapabilityDialog::validate);
}

void CapabilityDialog::setCapability(const Capability &capability)
{
    m_original = capability;
    setWindowTitle(capability.id ? tr("Edit Capability") : tr("New Capability"));
    m_name->setText(capability.name);
    m_subcategory->setCategoryId(capability.categoryId);
    m_description->setPlainText(capability.description);
    m_aliases->setText(capability.aliases.join(u", "));
    m_showAll = false;
    validate();
}

Capability CapabilityDialog::capability() const
{
    Capability c = m_original;
    c.name = m_name->text().trimmed();
    if (c.slug.isEmpty())
        c.slug = slugify(c.name);
    c.categoryId = m_subcategory->categoryId();
    c.categorySlug = m_subcategory->categorySlug();
    c.description = m_description->toPlainText().simplified();
    c.aliases.clear();
    for (const QString &alias : m_aliases->text().split(u',')) {
        if (!alias.trimmed().isEmpty())
            c.aliases << alias.trimmed();
    }
    return c;
}

void CapabilityDialog::setSubmitHandler(SubmitHandler handler)
{
    m_submit = std::move(handler);
}

QString CapabilityDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the capability's name.");
    for (const Capability &c : m_existing) {
        if (c.id != m_original.id && c.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already a capability called “%1”.").arg(c.name);
    }
    return QString();
}

QString CapabilityDialog::subcategoryProblem() const
{
    return m_subcategory->categoryId() == 0 ? tr("Pick the subcategory it belongs to.") : QString();
}

QStringList CapabilityDialog::problems() const
{
    QStringList problems;
    for (const QString &p : {nameProblem(), subcategoryProblem()}) {
        if (!p.isEmpty())
            problems << p;
    }
    return problems;
}

void CapabilityDialog::validate()
{
    const QString name = nameProblem();
    const QString subcategory = subcategoryProblem();
    showFieldError(m_nameError, m_showAll || m_name->isModified() ? name : QString());
    showFieldError(m_subcategoryError, m_showAll ? subcategory : QString());
}

void CapabilityDialog::accept()
{
    m_showAll = true;
    validate();
    if (!problems().isEmpty())
        return;
    const Capability edited = capability();
    if (!saveWithRetry(this, edited.name, [&] { return m_submit ? m_submit(edited) : success(); }))
        return;
    QDialog::accept();
}

} // namespace sa
