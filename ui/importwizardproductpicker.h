#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sa {

class CatalogueDocument;
class CatalogueStore;
class ProductSearchModel;

// Picks any catalogue product for an imported tool the matcher did not find (or found
// wrongly): a search box over the catalogue (CatalogueStore::search, as the catalogue view
// does) and its results; Enter or a double click takes the selected product.
class ImportWizardProductPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardProductPicker)

public:
    static constexpr int ResultLimit = 200;

    ImportWizardProductPicker(CatalogueStore *catalogue,
                              const QString &toolName,
                              QWidget *parent = nullptr);
    ~ImportWizardProductPicker() override;

    QString productSlug() const; // the selected product; empty when none

signals:
    void productPicked(const QString &slug);

private:
    void search();
    void updateState();

    std::unique_ptr<CatalogueDocument> m_document; // the search model reads through one
    ProductSearchModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_ok;
};

} // namespace sa
