#include "tooldialog.h"

#include "catalogue/cataloguedocument.h"
#include "choicetable.h"
#include "fielderror.h"
#include "inventorydelegate.h"
#include "itemmodels/inventoryrules.h"
#include "itemmodels/inventorytext.h"
#include "moneyedit.h"
#include "productpickerdialog.h"
#include "subcategorycombo.h"
#include "theme.h"
#include "toolcapabilitieseditor.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sa {

namespace {

QFormLayout *formOn(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(14, 14, 14, 14);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(9);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QLabel *label(const QString &name, const char *property)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setProperty(property, true);
    l->setWordWrap(true);
    return l;
}

// Keeps the fields together at the top when the tab is taller than its form: without it
// QFormLayout hands the spare height to the rows of labels.
void closeForm(QFormLayout *form)
{
    form->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
}

// A field that keeps its size instead of growing to the form's width.
template<typename W>
W *fixed(W *widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return widget;
}

QSpinBox *countSpin(const QString &name, const QString &unknown)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(-1, 10'000'000);
    spin->setSpecialValueText(unknown);
    spin->setGroupSeparatorShown(true);
    spin->setMinimumWidth(140);
    return spin;
}

QDateEdit *dateEdit(const QString &name)
{
    auto *date = new QDateEdit;
    date->setObjectName(name);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    date->setMinimumDate(InventoryDelegate::noDate());
    date->setSpecialValueText(QCoreApplication::translate("sa::ToolDialog", "No date"));
    date->setMinimumWidth(140);
    return date;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == InventoryDelegate::noDate() ? QDate() : edit->date();
}

void complete(QLineEdit *edit, const QStringList &values)
{
    auto *completer = new QCompleter(values, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

} // namespace

ToolDialog::ToolDialog(WorkspaceDocument *workspace, CatalogueDocument *catalogue, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_catalogue(catalogue)
    , m_headline(new QLabel)
    , m_tabs(new QTabWidget)
    , m_summary(label(QStringLiteral("validationSummary"), "error"))
    , m_name(new QLineEdit)
    , m_nameError(label(QStringLiteral("nameError"), "error"))
    , m_productLabel(new QLabel)
    , m_makeCustom(new QPushButton(tr("Make Custom")))
    , m_vendor(new QLineEdit)
    , m_category(new SubcategoryCombo)
    , m_status(new QComboBox)
    , m_owner(new QLineEdit)
    , m_team(new QLineEdit)
    , m_hub(new QCheckBox(tr("System of record (hub)")))
    , m_notes(new QPlainTextEdit)
    , m_cost(new MoneyEdit)
    , m_seats(countSpin(QStringLiteral("seatsSpin"), tr("Not recorded")))
    , m_users(countSpin(QStringLiteral("activeUsersSpin"), tr("Not recorded")))
    , m_usage(label(QStringLiteral("usageHint"), "hint"))
    , m_start(dateEdit(QStringLiteral("contractStartEdit")))
    , m_end(dateEdit(QStringLiteral("contractEndEdit")))
    , m_notice(countSpin(QStringLiteral("noticeDaysSpin"), tr("Not recorded")))
    , m_autoRenew(new QCheckBox(tr("Renews automatically unless notice is given")))
    , m_deadline(label(QStringLiteral("deadlineHint"), "hint"))
    , m_contractError(label(QStringLiteral("contractError"), "error"))
    , m_satisfaction(new QComboBox)
    , m_capabilities(new ToolCapabilitiesEditor)
    , m_integrations(new ChoiceTable)
    , m_integrationsError(label(QStringLiteral("integrationsError"), "error"))
{
    setObjectName(QStringLiteral("toolDialog"));
    resize(720, 600);
    m_headline->setObjectName(QStringLiteral("dialogHeadline"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createGeneralTab(), tr("General"));
    m_tabs->addTab(createContractTab(), tr("Cost and Contract"));
    m_tabs->addTab(m_capabilities, tr("Capabilities"));
    m_tabs->addTab(createIntegrationsTab(), tr("Integrations"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveToolButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ToolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ToolDialog::reject);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    QSet<QString> known, local, listed;
    std::vector<Capability> choices = m_catalogue->store()->capabilities();
    for (const Capability &c : choices)
        listed.insert(c.slug);
    for (const Capability &c : m_workspace->store()->capabilities()) {
        known.insert(c.slug);
        if (!listed.contains(c.slug)) {
            choices.push_back(c); // the workspace's own
            local.insert(c.slug);
        }
    }
    m_capabilities->setChoices(choices, known, local);

    for (QLineEdit *edit : {m_name, m_vendor, m_owner, m_team})
        connect(edit, &QLineEdit::textEdited, this, &ToolDialog::validate);
    for (QSpinBox *spin : {m_seats, m_users, m_notice})
        connect(spin, &QSpinBox::valueChanged, this, &ToolDialog::validate);
    for (QDateEdit *date : {m_start, m_end})
        connect(date, &QDateEdit::dateChanged, this, &ToolDialog::validate);
    connect(m_cost, &QDoubleSpinBox::valueChanged, this, &ToolDialog::validate);
    connect(m_integrations, &ChoiceTable::edited, this, &ToolDialog::validate);
    connect(m_capabilities, &ToolCapabilitiesEditor::edited, this, &ToolDialog::validate);
}

ToolDialog::~ToolDialog() = default;

QWidget *ToolDialog::createGeneralTab()
{
    auto *page = new QWidget;
    m_generalForm = formOn(page);
    QFormLayout *form = m_generalForm;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As your invoices or your team call it, e.g. HubSpot Pro"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_nameError);
    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    auto *change = new QPushButton(tr("Change…"));
    change->setObjectName(QStringLiteral("changeProductButton"));
    change->setToolTip(tr("Pick the catalogue product this tool is"));
    m_makeCustom->setObjectName(QStringLiteral("makeCustomButton"));
    m_makeCustom->setToolTip(tr("Keep the tool and what it does, without a catalogue product"));
    auto *productRow = new QHBoxLayout;
    productRow->setSpacing(6);
    productRow->addWidget(m_productLabel, 1);
    productRow->addWidget(change);
    productRow->addWidget(m_makeCustom);
    form->addRow(tr("Product"), productRow);
    connect(change, &QPushButton::clicked, this, [this] {
        auto *picker = new ProductPickerDialog(m_catalogue, this);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &ProductPickerDialog::productPicked, this, &ToolDialog::changeProduct);
        picker->open();
    });
    connect(m_makeCustom, &QPushButton::clicked, this, &ToolDialog::makeCustom);
    m_vendor->setObjectName(QStringLiteral("vendorEdit"));
    m_vendor->setPlaceholderText(tr("Who sells it; empty for a tool built in-house"));
    form->addRow(tr("&Vendor"), m_vendor);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setCategories(m_catalogue->store()->categories());
    form->addRow(tr("&Category"), m_category);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ToolStatus s :
         {ToolStatus::Active, ToolStatus::Trial, ToolStatus::Retiring, ToolStatus::Retired})
        m_status->addItem(toolStatusLabel(s), int(s));
    form->addRow(tr("S&tatus"), fixed(m_status));
    QStringList owners, teams;
    for (const Tool &t : m_workspace->store()->tools()) {
        if (!t.owner.isEmpty() && !owners.contains(t.owner))
            owners << t.owner;
        if (!t.team.isEmpty() && !teams.contains(t.team))
            teams << t.team;
    }
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("The person who answers for it"));
    complete(m_owner, owners);
    form->addRow(tr("&Owner"), m_owner);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_team->setPlaceholderText(tr("The team or department that pays"));
    complete(m_team, teams);
    form->addRow(tr("T&eam"), m_team);
    m_hub->setObjectName(QStringLiteral("systemOfRecordCheck"));
    auto *hubHint = label(QStringLiteral("hubHint"), "hint");
    hubHint->setText(tr("The reference for its data, like the CRM or the CDP. Tools that "
                        "reach no hub form a data silo."));
    form->addRow(QString(), m_hub);
    form->addRow(QString(), hubHint);
    // One line each: a wrapped label in a form reserves lines it does not use.
    for (QLabel *hint : {hubHint, m_usage, m_deadline})
        hint->setWordWrap(false);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(tr("Anything worth knowing at renewal time"));
    form->addRow(tr("No&tes"), m_notes);
    closeForm(form);
    return page;
}

QWidget *ToolDialog::createContractTab()
{
    auto *page = new QWidget;
    QFormLayout *form = formOn(page);
    m_cost->setObjectName(QStringLiteral("annualCostEdit"));
    m_cost->setMinimumWidth(180);
    form->addRow(tr("Annual &cost"), fixed(m_cost));
    form->addRow(tr("&Seats"), fixed(m_seats));
    form->addRow(tr("Active &users"), fixed(m_users));
    form->addRow(QString(), m_usage);
    form->addRow(tr("Contract s&tart"), fixed(m_start));
    form->addRow(tr("Contract &end"), fixed(m_end));
    m_notice->setSuffix(tr(" days"));
    form->addRow(tr("&Notice period"), fixed(m_notice));
    form->addRow(QString(), m_deadline);
    m_autoRenew->setObjectName(QStringLiteral("autoRenewCheck"));
    form->addRow(QString(), m_autoRenew);
    form->addRow(QString(), m_contractError);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionCombo"));
    m_satisfaction->addItem(tr("Not rated"), 0);
    const QStringList words = {tr("poor"), tr("weak"), tr("fair"), tr("good"), tr("excellent")};
    for (int s = 1; s <= 5; ++s)
        m_satisfaction->addItem(
            tr("%1 %2  %3").arg(QString(s, u'★'), QString(5 - s, u'☆'), words[s - 1]), s);
    form->addRow(tr("Satis&faction"), fixed(m_satisfaction));
    closeForm(form);
    return page;
}

QWidget *ToolDialog::createIntegrationsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    auto *hint = label(QStringLiteral("integrationsHint"), "hint");
    hint->setText(tr("The other tools of this workspace it exchanges data with: native (built "
                     "in by the vendor), through a connector (Zapier, Workato, ...), or your "
                     "own API work."));
    m_integrations->setObjectName(QStringLiteral("integrationsTable"));
    m_integrations->setUnknownMessage(tr("“%1” is not a tool of this workspace."));
    auto *add = new QPushButton(actionIcon(QStringLiteral("add")), tr("Add integration"));
    add->setObjectName(QStringLiteral("addIntegrationButton"));
    auto *remove = new QPushButton(actionIcon(QStringLiteral("delete")), tr("Remove"));
    remove->setObjectName(QStringLiteral("removeIntegrationButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_integrations->addRow(0, int(IntegrationKind::Native));
        m_integrations->comboAt(m_integrations->rowCount() - 1, 0)->setFocus();
    });
    connect(remove, &QPushButton::clicked, m_integrations, &ChoiceTable::removeCurrentRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(hint);
    layout->addWidget(m_integrations, 1);
    layout->addWidget(m_integrationsError);
    layout->addLayout(buttons);
    return page;
}

void ToolDialog::setTool(const Tool &tool)
{
    m_original = tool;
    m_productSlug = tool.productSlug;
    m_product = tool.isCustom() ? std::nullopt : m_workspace->store()->product(tool.productSlug);
    const bool isNew = tool.id == 0;
    setWindowTitle(isNew ? tr("New Tool") : tr("Edit Tool"));
    m_headline->setText(isNew ? tr("A custom tool") : tr("Edit “%1”").arg(tool.name));

    m_name->setText(tool.name);
    m_vendor->setText(tool.vendorName);
    showProduct();
    m_category->setCategorySlug(tool.categorySlug);
    m_status->setCurrentIndex(m_status->findData(int(tool.status)));
    m_owner->setText(tool.owner);
    m_team->setText(tool.team);
    m_hub->setChecked(tool.systemOfRecord);
    m_notes->setPlainText(tool.notes);

    m_cost->setCurrency(m_workspace->store()->info().currency);
    m_cost->setCents(tool.annualCost);
    m_seats->setValue(tool.seats);
    m_users->setValue(tool.activeUsers);
    m_start->setDate(tool.contractStart.isValid() ? tool.contractStart
                                                  : InventoryDelegate::noDate());
    m_end->setDate(tool.contractEnd.isValid() ? tool.contractEnd : InventoryDelegate::noDate());
    m_notice->setValue(tool.noticeDays);
    m_autoRenew->setChecked(tool.autoRenew);
    m_satisfaction->setCurrentIndex(m_satisfaction->findData(tool.satisfaction));

    m_capabilities->setTool(tool, m_product ? &*m_product : nullptr);

    std::vector<ChoiceTable::Choice> others;
    for (const Tool &t : m_workspace->store()->tools()) {
        if (t.id != tool.id)
            others.push_back({t.id, t.name, QString()});
    }
    m_integrations->setup(
        tr("tool"),
        {tr("Integrates with"), tr("Kind")},
        others,
        {{integrationKindLabel(IntegrationKind::Native), int(IntegrationKind::Native)},
         {integrationKindLabel(IntegrationKind::Connector), int(IntegrationKind::Connector)},
         {integrationKindLabel(IntegrationKind::Api), int(IntegrationKind::Api)}});
    std::vector<ChoiceTable::Row> links;
    for (const ToolIntegration &i : m_workspace->store()->integrations()) {
        if (tool.id == 0 || (i.a != tool.id && i.b != tool.id))
            continue;
        const ToolId other = i.a == tool.id ? i.b : i.a;
        for (const ChoiceTable::Choice &c : others) {
            if (c.id == other)
                links.push_back({c.id, c.name, QString(), int(i.kind)});
        }
    }
    m_integrations->setRows(links);
    m_showAll = false;
    m_tabs->setCurrentIndex(GeneralTab);
    validate();
    m_name->setFocus();
}

void ToolDialog::showProduct()
{
    if (m_product) {
        m_productLabel->setText(
            tr("<b>%1</b> by %2, from the catalogue")
                .arg(m_product->name.toHtmlEscaped(), m_product->vendorName.toHtmlEscaped()));
    } else {
        m_productLabel->setText(tr("A custom tool: not a product of the catalogue"));
    }
    m_makeCustom->setVisible(m_product.has_value());
    m_generalForm->setRowVisible(m_vendor, !m_product.has_value());
}

void ToolDialog::changeProduct(qint64 catalogueProductId)
{
    std::optional<Product> picked = m_catalogue->store()->product(catalogueProductId);
    if (!picked || picked->slug == m_productSlug)
        return;
    // The category follows the product unless the user had chosen another one.
    const QString oldCategory = m_product ? m_product->categorySlug : QString();
    if (m_category->categorySlug().isEmpty() || m_category->categorySlug() == oldCategory)
        m_category->setCategorySlug(picked->categorySlug);
    m_product = std::move(picked);
    m_productSlug = m_product->slug;
    Tool fresh = tool();
    fresh.capabilities.clear(); // the new product's capabilities, as the catalogue has them
    m_capabilities->setTool(fresh, &*m_product);
    showProduct();
    validate();
}

void ToolDialog::makeCustom()
{
    if (!m_product)
        return;
    // It keeps doing what it does: its effective capabilities become its own.
    Tool custom = tool();
    custom.capabilities = m_capabilities->effective();
    if (m_vendor->text().trimmed().isEmpty())
        m_vendor->setText(m_product->vendorName);
    m_product.reset();
    m_productSlug.clear();
    m_capabilities->setTool(custom, nullptr);
    showProduct();
    validate();
}

Tool ToolDialog::tool() const
{
    Tool t = m_original;
    t.productSlug = m_productSlug;
    t.name = m_name->text().trimmed();
    t.vendorName = t.isCustom()                              ? m_vendor->text().trimmed()
                   : m_productSlug == m_original.productSlug ? m_original.vendorName
                                                             : QString();
    const QString category = m_category->categorySlug();
    t.categorySlug = category.isEmpty() ? m_original.categorySlug : category;
    t.status = ToolStatus(m_status->currentData().toInt());
    t.owner = m_owner->text().trimmed();
    t.team = m_team->text().trimmed();
    t.systemOfRecord = m_hub->isChecked();
    t.notes = m_notes->toPlainText().trimmed();
    t.annualCost = m_cost->cents();
    t.seats = m_seats->value();
    t.activeUsers = m_users->value();
    t.contractStart = dateOf(m_start);
    t.contractEnd = dateOf(m_end);
    t.noticeDays = m_notice->value();
    t.autoRenew = m_autoRenew->isChecked();
    t.satisfaction = m_satisfaction->currentData().toInt();
    t.capabilities = m_capabilities->capabilities();
    return t;
}

ToolEdit ToolDialog::edit() const
{
    ToolEdit edit;
    edit.tool = tool();
    edit.capabilities = m_capabilities->newCapabilities();
    if (m_product && m_productSlug != m_original.productSlug)
        edit.products.push_back(*m_product); // a copy for the workspace
    for (const ChoiceTable::Row &r : m_integrations->rows()) {
        if (r.id)
            edit.integrations.push_back({r.id, IntegrationKind(r.option)});
    }
    return edit;
}

QStringList ToolDialog::problems() const
{
    return checkTool(tool(), m_workspace->store()->tools()).all() + m_integrations->problems();
}

void ToolDialog::validate()
{
    const ToolProblems p = checkTool(tool(), m_workspace->store()->tools());
    // An empty name on a new tool is where everyone starts: said after a first Save.
    const bool nameTyped = !m_name->text().trimmed().isEmpty() || m_original.id != 0;
    showFieldError(m_nameError, m_showAll || nameTyped ? p.name : QString());
    showFieldError(m_contractError,
                   QStringList({p.cost, p.usage, p.contract}).join(u' ').trimmed());
    const QStringList links = m_integrations->problems();
    showFieldError(m_integrationsError, links.join(u'\n'));
    m_tabs->setTabText(GeneralTab, p.name.isEmpty() ? tr("General") : tr("General ⚠"));
    m_tabs->setTabText(IntegrationsTab,
                       links.isEmpty() ? tr("Integrations (%1)").arg(m_integrations->rowCount())
                                       : tr("Integrations ⚠"));
    m_tabs->setTabText(CapabilitiesTab,
                       tr("Capabilities (%1)").arg(m_capabilities->effectiveCount()));
    const qsizetype count = problems().size();
    m_summary->setVisible(m_showAll && count > 0);
    m_summary->setText(count == 1 ? tr("Fix the problem shown before saving.")
                                  : tr("Fix the %1 problems shown before saving.").arg(count));
    updateHints();
}

void ToolDialog::updateHints()
{
    const Tool t = tool();
    const double use = t.utilization();
    if (std::isnan(use))
        m_usage->setText(tr("Utilization needs both the seats and the active users."));
    else
        m_usage->setText(tr("%1 of %2 seats in use: %3 utilization%4")
                             .arg(inventoryCount(t.activeUsers),
                                  inventoryCount(t.seats),
                                  utilizationLabel(use),
                                  use < 0.5 ? tr(", under half: shelfware") : QString()));
    const QDate deadline = t.noticeDeadline();
    m_deadline->setText(
        deadline.isValid()
            ? tr("Give notice by %1 to leave at the contract's end.").arg(inventoryDate(deadline))
            : tr("The date to give notice by needs the contract's end and the notice "
                 "period."));
}

void ToolDialog::accept()
{
    m_showAll = true;
    validate();
    if (!problems().isEmpty()) {
        const ToolProblems p = checkTool(tool(), m_workspace->store()->tools());
        m_tabs->setCurrentIndex(!p.name.isEmpty()                      ? GeneralTab
                                : m_integrations->problems().isEmpty() ? ContractTab
                                                                       : IntegrationsTab);
        if (!p.name.isEmpty())
            m_name->setFocus();
        return;
    }
    const ToolEdit e = edit();
    const Status status = m_submit ? m_submit(e) : success();
    if (!status) {
        QMessageBox::warning(
            this, tr("Could not save “%1”").arg(e.tool.name), status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sa
