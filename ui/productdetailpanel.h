#pragma once

#include "domain/category.h"
#include "domain/product.h"

#include <QWidget>

#include <map>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace sa {

class CatalogueDocument;
class FlowLayout;

// The browser's right-hand panel: everything about one product. The price band is always
// labelled "Indicative" with its basis and date; capabilities are grouped by strength;
// integrations are buttons that select the other product (productActivated). Follows the
// document's signals, so an edit or an undo shows at once.
class ProductDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDetailPanel)

public:
    explicit ProductDetailPanel(CatalogueDocument *document, QWidget *parent = nullptr);

    void setProduct(ProductId id); // 0 shows the empty state
    ProductId productId() const { return m_productId; }
    void setActions(QAction *edit, QAction *remove);

signals:
    void productActivated(sa::ProductId id);

private:
    QWidget *createContent();
    QWidget *createPriceCard();
    QWidget *createChipGroup(const QString &objectName, QLabel **title, FlowLayout **chips);
    QLabel *addHeading(QVBoxLayout *layout, const QString &text);
    void refresh();
    void showProduct(const Product &product);
    void showCapabilities(const Product &product);
    void showIntegrations(const Product &product);
    QString categoryPath(CategoryId id) const;
    QString vendorLink(const Product &product) const;

    CatalogueDocument *m_document;
    ProductId m_productId = 0;
    std::map<CategoryId, Category> m_categories;
    QStackedWidget *m_pages;
    QLabel *m_name;
    QLabel *m_vendor;
    QLabel *m_category;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    QLabel *m_description;
    QLabel *m_segments;
    QLabel *m_deployment;
    QLabel *m_pricingModel;
    QLabel *m_price;
    QLabel *m_priceBasis;
    QLabel *m_priceAsOf;
    QLabel *m_capabilitiesHeading;
    QLabel *m_strengthTitles[3];
    FlowLayout *m_strengthChips[3]; // leading, solid, basic
    QWidget *m_strengthGroups[3];
    QLabel *m_aliasesHeading;
    QLabel *m_aliases;
    QLabel *m_integrationsHeading;
    QWidget *m_integrationsBox;
    FlowLayout *m_integrations;
};

} // namespace sa
