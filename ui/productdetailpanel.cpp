#include "productdetailpanel.h"

#include "catalogue/cataloguedocument.h"
#include "flowlayout.h"
#include "itemmodels/cataloguetext.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sa {

namespace {

QLabel *makeLabel(const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

const char *const strengthKeys[3] = {"leading", "solid", "basic"};

} // namespace

ProductDetailPanel::ProductDetailPanel(CatalogueDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("productDetail"));
    setMinimumWidth(300);
    for (const Category &c : document->store()->categories())
        m_categories[c.id] = c;

    auto *empty = new QLabel(tr("Select a product to see its capabilities, price band and "
                                "integrations."));
    empty->setObjectName(QStringLiteral("detailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(32);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(createContent());

    m_pages->addWidget(empty);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(document, &CatalogueDocument::productChanged, this, [this](ProductId id) {
        if (id == m_productId)
            refresh();
    });
    connect(document, &CatalogueDocument::productRemoved, this, [this](ProductId id) {
        if (id == m_productId)
            setProduct(0);
    });
    connect(document, &CatalogueDocument::capabilityChanged, this, &ProductDetailPanel::refresh);
    connect(document, &CatalogueDocument::capabilityRemoved, this, &ProductDetailPanel::refresh);
    connect(document, &CatalogueDocument::capabilityAdded, this, &ProductDetailPanel::refresh);
}

QWidget *ProductDetailPanel::createContent()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 18, 22, 22);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    m_name = makeLabel(QStringLiteral("detailName"));
    m_vendor = makeLabel(QStringLiteral("detailVendor"));
    m_vendor->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_vendor->setOpenExternalLinks(true);
    m_category = makeLabel(QStringLiteral("detailCategory"));
    titles->addWidget(m_name);
    titles->addWidget(m_vendor);
    titles->addWidget(m_category);
    header->addLayout(titles, 1);
    m_editButton = new QToolButton;
    m_editButton->setObjectName(QStringLiteral("detailEditButton"));
    m_deleteButton = new QToolButton;
    m_deleteButton->setObjectName(QStringLiteral("detailDeleteButton"));
    for (QToolButton *button : {m_editButton, m_deleteButton}) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
        button->setVisible(false);
        header->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(header);

    m_description = makeLabel(QStringLiteral("detailDescription"));
    layout->addSpacing(4);
    layout->addWidget(m_description);
    layout->addSpacing(6);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(5);
    facts->setColumnMinimumWidth(0, 104);
    facts->setColumnStretch(1, 1);
    m_segments = makeLabel(QStringLiteral("detailSegments"));
    m_deployment = makeLabel(QStringLiteral("detailDeployment"));
    m_pricingModel = makeLabel(QStringLiteral("detailPricingModel"));
    const QList<std::pair<QString, QLabel *>> factColumns{{tr("Segments"), m_segments},
                                                          {tr("Deployment"), m_deployment},
                                                          {tr("Pricing model"), m_pricingModel}};
    for (int row = 0; row < factColumns.size(); ++row) {
        auto *heading = new QLabel(factColumns[row].first);
        heading->setProperty("factLabel", true);
        facts->addWidget(heading, row, 0, Qt::AlignTop);
        facts->addWidget(factColumns[row].second, row, 1, Qt::AlignTop);
    }
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addWidget(createPriceCard());
    layout->addSpacing(8);

    m_capabilitiesHeading = addHeading(layout, tr("CAPABILITIES"));
    const QString groupNames[3] = {QStringLiteral("leadingCapabilities"),
                                   QStringLiteral("solidCapabilities"),
                                   QStringLiteral("basicCapabilities")};
    for (int i = 0; i < 3; ++i) {
        m_strengthGroups[i]
            = createChipGroup(groupNames[i], &m_strengthTitles[i], &m_strengthChips[i]);
        layout->addWidget(m_strengthGroups[i]);
    }

    layout->addSpacing(6);
    m_aliasesHeading = addHeading(layout, tr("ALSO KNOWN AS"));
    m_aliases = makeLabel(QStringLiteral("detailAliases"));
    layout->addWidget(m_aliases);

    layout->addSpacing(6);
    m_integrationsHeading = addHeading(layout, tr("INTEGRATIONS"));
    m_integrationsBox = new QWidget;
    m_integrationsBox->setObjectName(QStringLiteral("detailIntegrations"));
    m_integrations = new FlowLayout(m_integrationsBox, 6);
    layout->addWidget(m_integrationsBox);
    layout->addStretch(1);
    return content;
}

QWidget *ProductDetailPanel::createPriceCard()
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("priceCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(3);
    auto *title = new QLabel(tr("INDICATIVE PRICE"));
    title->setObjectName(QStringLiteral("priceCardTitle"));
    m_price = makeLabel(QStringLiteral("detailPrice"));
    m_priceBasis = makeLabel(QStringLiteral("detailPriceBasis"));
    m_priceAsOf = makeLabel(QStringLiteral("detailPriceAsOf"));
    layout->addWidget(title);
    layout->addWidget(m_price);
    layout->addWidget(m_priceBasis);
    layout->addWidget(m_priceAsOf);
    return card;
}

QWidget *
ProductDetailPanel::createChipGroup(const QString &objectName, QLabel **title, FlowLayout **chips)
{
    auto *group = new QWidget;
    group->setObjectName(objectName);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 2, 0, 4);
    layout->setSpacing(5);
    *title = new QLabel;
    (*title)->setProperty("strengthTitle", true);
    layout->addWidget(*title);
    auto *chipBox = new QWidget;
    *chips = new FlowLayout(chipBox, 5);
    layout->addWidget(chipBox);
    return group;
}

QLabel *ProductDetailPanel::addHeading(QVBoxLayout *layout, const QString &text)
{
    auto *heading = new QLabel(text);
    heading->setProperty("heading", true);
    layout->addWidget(heading);
    return heading;
}

void ProductDetailPanel::setActions(QAction *edit, QAction *remove)
{
    m_editButton->setDefaultAction(edit);
    m_deleteButton->setDefaultAction(remove);
    m_editButton->setVisible(edit != nullptr);
    m_deleteButton->setVisible(remove != nullptr);
}

void ProductDetailPanel::setProduct(ProductId id)
{
    if (id != 0 && id == m_productId)
        return; // already shown; edits arrive through the document's signals
    m_productId = id;
    refresh();
}

void ProductDetailPanel::refresh()
{
    const std::optional<Product> product
        = m_productId ? m_document->store()->product(m_productId) : std::nullopt;
    if (!product) {
        m_productId = 0;
        m_pages->setCurrentIndex(0);
        return;
    }
    showProduct(*product);
    m_pages->setCurrentIndex(1);
}

void ProductDetailPanel::showProduct(const Product &product)
{
    m_name->setText(product.name);
    m_vendor->setText(vendorLink(product));
    m_category->setText(categoryPath(product.categoryId));
    m_description->setText(orDash(product.description));
    m_segments->setText(segmentsLabel(product.segments));
    m_deployment->setText(orDash(deploymentLabel(product.deployment)));
    m_pricingModel->setText(orDash(product.pricingModel));

    const PriceBand &price = product.price;
    m_price->setText(price.isKnown() ? price.display() : tr("Not published — price on request"));
    m_priceBasis->setText(price.basis.isEmpty() ? tr("Basis not recorded")
                                                : tr("Basis: %1").arg(price.basis));
    m_priceAsOf->setText(price.asOf.isValid()
                             ? tr("Vendor's published price as of %1. Not a quote.")
                                   .arg(QLocale().toString(price.asOf, QStringLiteral("MMMM yyyy")))
                             : tr("Not a quote."));

    showCapabilities(product);
    m_aliases->setText(product.aliases.isEmpty() ? tr("No other names recorded")
                                                 : product.aliases.join(u", "));
    showIntegrations(product);
}

void ProductDetailPanel::showCapabilities(const Product &product)
{
    std::vector<ProductCapability> sorted = product.capabilities;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.capabilityName.compare(b.capabilityName, Qt::CaseInsensitive) < 0;
    });
    m_capabilitiesHeading->setText(tr("CAPABILITIES  ·  %1").arg(sorted.size()));
    for (int i = 0; i < 3; ++i) {
        const int strength = 3 - i;
        m_strengthChips[i]->clear();
        int count = 0;
        for (const ProductCapability &c : sorted) {
            if (c.strength != strength)
                continue;
            auto *chip = new QLabel(c.capabilityName);
            chip->setProperty("chip", QString::fromLatin1(strengthKeys[i]));
            m_strengthChips[i]->addWidget(chip);
            ++count;
        }
        m_strengthTitles[i]->setText(tr("%1 (%2)").arg(strengthLabel(strength)).arg(count));
        m_strengthGroups[i]->setVisible(count > 0);
    }
}

void ProductDetailPanel::showIntegrations(const Product &product)
{
    m_integrations->clear();
    std::vector<ProductIntegration> sorted = product.integrations;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.otherName.compare(b.otherName, Qt::CaseInsensitive) < 0;
    });
    m_integrationsHeading->setText(tr("INTEGRATIONS  ·  %1").arg(sorted.size()));
    for (const ProductIntegration &integration : sorted) {
        auto *chip = new QPushButton(
            tr("%1  ·  %2").arg(integration.otherName, integrationKindName(integration.kind)));
        chip->setObjectName(u"integration-" + integration.otherSlug);
        chip->setProperty("chip", QStringLiteral("link"));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setToolTip(tr("Show %1").arg(integration.otherName));
        const ProductId other = integration.otherId;
        connect(chip, &QPushButton::clicked, this, [this, other] { emit productActivated(other); });
        m_integrations->addWidget(chip);
    }
    if (sorted.empty()) {
        auto *none = new QLabel(tr("No integrations recorded"));
        m_integrations->addWidget(none);
    }
}

QString ProductDetailPanel::categoryPath(CategoryId id) const
{
    const auto found = m_categories.find(id);
    if (found == m_categories.end())
        return QString();
    const auto parent = m_categories.find(found->second.parentId);
    if (parent == m_categories.end())
        return found->second.name;
    return tr("%1  ›  %2").arg(parent->second.name, found->second.name);
}

QString ProductDetailPanel::vendorLink(const Product &product) const
{
    QString website;
    for (const Vendor &v : m_document->store()->vendors()) {
        if (v.id == product.vendorId
            || (!product.vendorSlug.isEmpty() && v.slug == product.vendorSlug)) {
            website = v.website;
            break;
        }
    }
    const QString name = product.vendorName.toHtmlEscaped();
    if (website.isEmpty())
        return tr("by %1").arg(name);
    return tr("by <a href=\"%1\">%2</a>").arg(website.toHtmlEscaped(), name);
}

} // namespace sa
