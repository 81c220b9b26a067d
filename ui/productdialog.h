#pragma once

#include "choicetable.h"
#include "domain/product.h"
#include "domain/result.h"
#include "domain/vendor.h"

#include <QDialog>
#include <QSet>

#include <functional>
#include <memory>

namespace Ui {
class ProductDialog;
}

namespace sa {

class CatalogueDocument;

// Adds or edits one product: the static form comes from productdialog.ui, the capability
// and integration rows are ChoiceTables. Problems are shown next to the field as the user
// types and OK stays disabled until there are none. OK hands the product to the submit
// handler (which pushes an undoable command); a store error is shown and the dialog
// stays open so nothing typed is lost.
class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    using SubmitHandler = std::function<Status(const Product &)>;

    explicit ProductDialog(CatalogueDocument *document, QWidget *parent = nullptr);
    ~ProductDialog() override;

    // A product with id 0 is a new one; its category, when set, is preselected.
    void setProduct(const Product &product);
    Product product() const;
    void setSubmitHandler(SubmitHandler handler);

    // Every problem with the form, in the order of the fields; empty when OK can save.
    QStringList problems() const;

    void accept() override;

private:
    struct FieldProblems
    {
        QString name, vendor, subcategory, price;
        QStringList capabilities, integrations;
    };

    void loadChoices();
    FieldProblems check() const;
    void validate();
    void focusFirstProblem();
    void updatePriceFields();

    std::unique_ptr<Ui::ProductDialog> m_ui;
    CatalogueDocument *m_document;
    Product m_original;
    std::vector<Vendor> m_vendors;
    std::vector<ChoiceTable::Choice> m_products;
    SubmitHandler m_submit;
    QSet<QString> m_touched; // fields the user changed: their problems show at once
    bool m_showAll = false;  // after a first Save: every problem shows
};

} // namespace sa
