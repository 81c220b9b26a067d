#include "productdialog.h"

#include "catalogue/cataloguedocument.h"
#include "domain/slug.h"
#include "fielderror.h"
#include "itemmodels/cataloguetext.h"
#include "savewithretry.h"
#include "theme.h"
#include "ui_productdialog.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>

namespace sa {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

} // namespace

ProductDialog::ProductDialog(CatalogueDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("productDialog"));
    m_ui->headline->setObjectName(QStringLiteral("dialogHeadline"));
    m_ui->priceNote->setProperty("hint", true);
    m_ui->capabilitiesHint->setProperty("hint", true);
    m_ui->integrationsHint->setProperty("hint", true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    // Keep the fields together at the top when the dialog is taller than the form.
    for (QFormLayout *form : {m_ui->generalForm, m_ui->pricingForm})
        form->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
    loadChoices();
    m_ui->addCapabilityButton->setIcon(actionIcon(QStringLiteral("add")));
    m_ui->addIntegrationButton->setIcon(actionIcon(QStringLiteral("add")));
    m_ui->removeCapabilityButton->setIcon(actionIcon(QStringLiteral("delete")));
    m_ui->removeIntegrationButton->setIcon(actionIcon(QStringLiteral("delete")));

    const auto touched = [this](const char *field) {
        return [this, field] {
            m_touched.insert(QString::fromLatin1(field));
            validate();
        };
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, touched("name"));
    connect(m_ui->vendorCombo, &QComboBox::editTextChanged, this, touched("vendor"));
    connect(m_ui->subcategoryCombo, &QComboBox::currentIndexChanged, this, touched("subcategory"));
    connect(
        m_ui->pricePublishedCheck, &QCheckBox::toggled, this, &ProductDialog::updatePriceFields);
    connect(m_ui->pricePublishedCheck, &QCheckBox::toggled, this, touched("price"));
    connect(m_ui->priceLowSpin, &QSpinBox::valueChanged, this, touched("price"));
    connect(m_ui->priceHighSpin, &QSpinBox::valueChanged, this, touched("price"));
    connect(m_ui->capabilitiesTable, &ChoiceTable::edited, this, touched("capabilities"));
    connect(m_ui->integrationsTable, &ChoiceTable::edited, this, touched("integrations"));
    connect(m_ui->addCapabilityButton, &QPushButton::clicked, this, [this] {
        m_ui->capabilitiesTable->addRow(0, 2);
        m_ui->capabilitiesTable->comboAt(m_ui->capabilitiesTable->rowCount() - 1, 0)->setFocus();
    });
    connect(m_ui->removeCapabilityButton,
            &QPushButton::clicked,
            m_ui->capabilitiesTable,
            &ChoiceTable::removeCurrentRow);
    connect(m_ui->addIntegrationButton, &QPushButton::clicked, this, [this] {
        m_ui->integrationsTable->addRow(0, int(IntegrationKind::Native));
        m_ui->integrationsTable->comboAt(m_ui->integrationsTable->rowCount() - 1, 0)->setFocus();
    });
    connect(m_ui->removeIntegrationButton,
            &QPushButton::clicked,
            m_ui->integrationsTable,
            &ChoiceTable::removeCurrentRow);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
}

ProductDialog::~ProductDialog() = default;

void ProductDialog::loadChoices()
{
    const CatalogueStore *store = m_document->store();
    m_vendors = store->vendors();
    for (const Vendor &v : m_vendors)
        m_ui->vendorCombo->addItem(v.name);
    m_ui->vendorCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->vendorCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->vendorCombo->lineEdit()->setPlaceholderText(tr("Pick a vendor or type a new one"));

    m_ui->subcategoryCombo->setCategories(store->categories());

    m_ui->deploymentCombo->addItem(tr("Not recorded"), QString());
    for (const char *code : {"cloud", "on-premise", "hybrid"}) {
        const QString c = QString::fromLatin1(code);
        m_ui->deploymentCombo->addItem(deploymentLabel(c), c);
    }
    for (const char *code : {"USD", "EUR", "GBP"})
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));

    std::vector<ChoiceTable::Choice> capabilities;
    for (const Capability &c : store->capabilities())
        capabilities.push_back({c.id, c.name, c.slug});
    m_ui->capabilitiesTable->setup(
        tr("capability"),
        {tr("Capability"), tr("Strength")},
        capabilities,
        {{strengthLabel(3), 3}, {strengthLabel(2), 2}, {strengthLabel(1), 1}});

    for (const ProductSummary &p : store->search(SearchQuery{}).rows)
        m_products.push_back({p.id, p.name, p.slug});
}

void ProductDialog::setProduct(const Product &product)
{
    m_original = product;
    const bool isNew = product.id == 0;
    setWindowTitle(isNew ? tr("New Product") : tr("Edit Product"));
    m_ui->headline->setText(isNew ? tr("New product") : tr("Edit “%1”").arg(product.name));

    m_ui->nameEdit->setText(product.name);
    m_ui->vendorCombo->setCurrentIndex(m_ui->vendorCombo->findText(product.vendorName));
    m_ui->vendorCombo->setEditText(product.vendorName);
    m_ui->subcategoryCombo->setCategoryId(product.categoryId);
    m_ui->descriptionEdit->setPlainText(product.description);
    m_ui->smbCheck->setChecked(product.segments.contains(u"smb"));
    m_ui->midMarketCheck->setChecked(product.segments.contains(u"mid-market"));
    m_ui->enterpriseCheck->setChecked(product.segments.contains(u"enterprise"));
    const int deployment = m_ui->deploymentCombo->findData(product.deployment);
    m_ui->deploymentCombo->setCurrentIndex(deployment >= 0 ? deployment : 0);
    m_ui->aliasesEdit->setText(product.aliases.join(u", "));

    const PriceBand &price = product.price;
    m_ui->pricePublishedCheck->setChecked(isNew || price.isKnown());
    m_ui->priceLowSpin->setValue(int(std::max<qint64>(price.low, 0)));
    m_ui->priceHighSpin->setValue(int(std::max<qint64>(price.high, 0)));
    if (m_ui->currencyCombo->findText(price.currency) < 0)
        m_ui->currencyCombo->addItem(price.currency);
    m_ui->currencyCombo->setCurrentText(price.currency);
    m_ui->pricingModelEdit->setText(product.pricingModel);
    m_ui->priceBasisEdit->setText(price.basis);
    const QDate today = QDate::currentDate();
    m_ui->priceAsOfEdit->setDate(price.asOf.isValid() ? price.asOf
                                                      : QDate(today.year(), today.month(), 1));
    updatePriceFields();

    std::vector<ChoiceTable::Row> capabilities;
    for (const ProductCapability &c : product.capabilities)
        capabilities.push_back({c.capabilityId, c.capabilityName, c.capabilitySlug, c.strength});
    m_ui->capabilitiesTable->setRows(capabilities);

    std::vector<ChoiceTable::Choice> others;
    for (const ChoiceTable::Choice &p : m_products) {
        if (p.id != product.id)
            others.push_back(p);
    }
    m_ui->integrationsTable->setup(tr("product"),
                                   {tr("Integrates with"), tr("Kind")},
                                   others,
                                   {{tr("Native"), int(IntegrationKind::Native)},
                                    {tr("Connector"), int(IntegrationKind::Connector)},
                                    {tr("API"), int(IntegrationKind::Api)}});
    std::vector<ChoiceTable::Row> integrations;
    for (const ProductIntegration &i : product.integrations)
        integrations.push_back({i.otherId, i.otherName, i.otherSlug, int(i.kind)});
    m_ui->integrationsTable->setRows(integrations);

    m_touched.clear();
    m_showAll = false;
    m_ui->tabs->setCurrentIndex(0);
    validate();
}

Product ProductDialog::product() const
{
    Product p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    if (p.slug.isEmpty())
        p.slug = slugify(p.name);

    const QString vendor = m_ui->vendorCombo->currentText().trimmed();
    p.vendorId = 0;
    p.vendorName = vendor;
    p.vendorSlug = slugify(vendor);
    for (const Vendor &v : m_vendors) {
        if (v.name.compare(vendor, Qt::CaseInsensitive) == 0) {
            p.vendorId = v.id;
            p.vendorSlug = v.slug;
            p.vendorName = v.name;
            break;
        }
    }

    p.categoryId = m_ui->subcategoryCombo->categoryId();
    p.categorySlug = m_ui->subcategoryCombo->categorySlug();
    p.description = m_ui->descriptionEdit->toPlainText().simplified();
    p.segments.clear();
    if (m_ui->smbCheck->isChecked())
        p.segments << QStringLiteral("smb");
    if (m_ui->midMarketCheck->isChecked())
        p.segments << QStringLiteral("mid-market");
    if (m_ui->enterpriseCheck->isChecked())
        p.segments << QStringLiteral("enterprise");
    p.deployment = m_ui->deploymentCombo->currentData().toString();
    p.pricingModel = m_ui->pricingModelEdit->text().trimmed();
    p.aliases = splitList(m_ui->aliasesEdit->text());

    const bool published = m_ui->pricePublishedCheck->isChecked();
    p.price.low = published ? m_ui->priceLowSpin->value() : -1;
    p.price.high = published ? m_ui->priceHighSpin->value() : -1;
    p.price.currency = m_ui->currencyCombo->currentText();
    p.price.basis = m_ui->priceBasisEdit->text().trimmed();
    const QDate asOf = m_ui->priceAsOfEdit->date();
    p.price.asOf = QDate(asOf.year(), asOf.month(), 1);

    p.capabilities.clear();
    for (const ChoiceTable::Row &row : m_ui->capabilitiesTable->rows()) {
        if (row.id)
            p.capabilities.push_back({row.id, row.slug, row.text, row.option});
    }
    p.integrations.clear();
    for (const ChoiceTable::Row &row : m_ui->integrationsTable->rows()) {
        if (row.id)
            p.integrations.push_back({row.id, row.slug, row.text, IntegrationKind(row.option)});
    }
    return p;
}

void ProductDialog::setSubmitHandler(SubmitHandler handler)
{
    m_submit = std::move(handler);
}

void ProductDialog::updatePriceFields()
{
    const bool published = m_ui->pricePublishedCheck->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->priceLowSpin),
                       static_cast<QWidget *>(m_ui->priceHighSpin),
                       static_cast<QWidget *>(m_ui->currencyCombo)}) {
        w->setEnabled(published);
    }
}

void ProductDialog::accept()
{
    m_showAll = true;
    validate();
    if (!problems().isEmpty()) {
        focusFirstProblem();
        return;
    }
    const Product edited = product();
    if (!saveWithRetry(this, edited.name, [&] { return m_submit ? m_submit(edited) : success(); }))
        return;
    QDialog::accept();
}

ProductDialog::FieldProblems ProductDialog::check() const
{
    FieldProblems f;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        f.name = tr("Enter the product's name.");
    } else {
        for (const ChoiceTable::Choice &p : m_products) {
            if (p.id != m_original.id && p.name.compare(name, Qt::CaseInsensitive) == 0) {
                f.name = tr("Another product is already called “%1”.").arg(p.name);
                break;
            }
        }
    }
    if (m_ui->vendorCombo->currentText().trimmed().isEmpty())
        f.vendor = tr("Pick the vendor, or type the name of a new one.");
    if (m_ui->subcategoryCombo->categoryId() == 0)
        f.subcategory = tr("Pick the subcategory the product is filed under.");
    if (m_ui->pricePublishedCheck->isChecked()) {
        const int low = m_ui->priceLowSpin->value();
        const int high = m_ui->priceHighSpin->value();
        if (low > high) {
            f.price = tr("The low end (%1) must not be above the high end (%2).")
                          .arg(QLocale().toString(low), QLocale().toString(high));
        } else if (high == 0) {
            f.price = tr("Enter the annual price range, or untick “The vendor publishes a "
                         "price”.");
        }
    }
    f.capabilities = m_ui->capabilitiesTable->problems();
    f.integrations = m_ui->integrationsTable->problems();
    return f;
}

QStringList ProductDialog::problems() const
{
    const FieldProblems f = check();
    QStringList all;
    for (const QString &p : {f.name, f.vendor, f.subcategory, f.price}) {
        if (!p.isEmpty())
            all << p;
    }
    return all + f.capabilities + f.integrations;
}

void ProductDialog::validate()
{
    const FieldProblems f = check();
    const auto show = [this](QLabel *label, const QString &field, const QString &text) {
        const bool visible = m_showAll || m_touched.contains(field);
        showFieldError(label, visible ? text : QString());
    };
    show(m_ui->nameError, QStringLiteral("name"), f.name);
    show(m_ui->vendorError, QStringLiteral("vendor"), f.vendor);
    show(m_ui->subcategoryError, QStringLiteral("subcategory"), f.subcategory);
    show(m_ui->priceError, QStringLiteral("price"), f.price);
    show(m_ui->capabilitiesError, QStringLiteral("capabilities"), f.capabilities.join(u'\n'));
    show(m_ui->integrationsError, QStringLiteral("integrations"), f.integrations.join(u'\n'));

    const qsizetype count = problems().size();
    m_ui->validationSummary->setVisible(m_showAll && count > 0);
    m_ui->validationSummary->setText(
        count == 1 ? tr("Fix the problem shown before saving.")
                   : tr("Fix the %1 problems shown before saving.").arg(count));
    m_ui->tabs->setTabText(2, f.capabilities.isEmpty() ? tr("Capabilities") : tr("Capabilities ⚠"));
    m_ui->tabs->setTabText(3, f.integrations.isEmpty() ? tr("Integrations") : tr("Integrations ⚠"));
}

void ProductDialog::focusFirstProblem()
{
    const FieldProblems f = check();
    if (!f.name.isEmpty() || !f.vendor.isEmpty() || !f.subcategory.isEmpty()) {
        m_ui->tabs->setCurrentIndex(0);
        if (!f.name.isEmpty())
            m_ui->nameEdit->setFocus();
        else if (!f.vendor.isEmpty())
            m_ui->vendorCombo->setFocus();
        else
            m_ui->subcategoryCombo->setFocus();
    } else if (!f.price.isEmpty()) {
        m_ui->tabs->setCurrentIndex(1);
        m_ui->priceLowSpin->setFocus();
    } else if (!f.capabilities.isEmpty()) {
        m_ui->tabs->setCurrentIndex(2);
    } else if (!f.integrations.isEmpty()) {
        m_ui->tabs->setCurrentIndex(3);
    }
}

} // namespace sa
