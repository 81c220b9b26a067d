#include "cataloguefilterbar.h"

#include "capabilitycombo.h"
#include "domain/product.h"
#include "itemmodels/cataloguetext.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace sa {

CatalogueFilterBar::CatalogueFilterBar(CapabilityListModel *capabilities, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_capability(new CapabilityCombo(capabilities))
    , m_segment(new QComboBox)
    , m_price(new QComboBox)
    , m_clear(new QPushButton(actionIcon(QStringLiteral("clear-filters")), tr("Clear filters")))
{
    setObjectName(QStringLiteral("catalogueFilterBar"));
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(
        tr("Search products, vendors, aliases and capabilities — e.g. “SFDC”, “lead scoring”"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_capability->setObjectName(QStringLiteral("capabilityFilter"));
    m_capability->setToolTip(tr("Only products that have this capability"));

    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->addItem(tr("All segments"), QString());
    for (const QString &segment : knownSegments())
        m_segment->addItem(segmentLabel(segment), segment);

    m_price->setObjectName(QStringLiteral("priceFilter"));
    for (PriceFilter filter : {PriceFilter::Any,
                               PriceFilter::Under5k,
                               PriceFilter::From5kTo25k,
                               PriceFilter::From25kTo100k,
                               PriceFilter::Over100k,
                               PriceFilter::NotPublished}) {
        m_price->addItem(priceFilterLabel(filter), int(filter));
    }
    m_price->setToolTip(tr("Indicative annual price band"));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Show every product again: all categories, capabilities, segments "
                           "and prices"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addSpacing(6);
    layout->addWidget(m_capability);
    layout->addWidget(m_segment);
    layout->addWidget(m_price);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogueFilterBar::textEdited);
    connect(m_capability,
            &CapabilityCombo::capabilityChanged,
            this,
            &CatalogueFilterBar::filtersChanged);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &CatalogueFilterBar::filtersChanged);
    connect(m_price, &QComboBox::currentIndexChanged, this, &CatalogueFilterBar::filtersChanged);
    connect(m_clear, &QPushButton::clicked, this, &CatalogueFilterBar::clearRequested);
}

QString CatalogueFilterBar::text() const
{
    return m_search->text().trimmed();
}

CapabilityId CatalogueFilterBar::capabilityId() const
{
    return m_capability->capabilityId();
}

QString CatalogueFilterBar::segment() const
{
    return m_segment->currentData().toString();
}

PriceFilter CatalogueFilterBar::price() const
{
    return PriceFilter(m_price->currentData().toInt());
}

void CatalogueFilterBar::resetFilters()
{
    const QSignalBlocker blockCapability(m_capability);
    const QSignalBlocker blockSegment(m_segment);
    const QSignalBlocker blockPrice(m_price);
    m_capability->setCapabilityId(0);
    m_segment->setCurrentIndex(0);
    m_price->setCurrentIndex(0);
}

void CatalogueFilterBar::setCapabilityId(CapabilityId id)
{
    m_capability->setCapabilityId(id);
}

} // namespace sa
