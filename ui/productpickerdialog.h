#pragma once

#include "domain/ids.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sa {

class CatalogueDocument;
class ProductSearchModel;

// Inventory > Add from Catalogue: searches the catalogue as the browser does (names,
// aliases such as "SFDC", vendors, capabilities) and hands back the product the user
// picks (double-click, Enter or Add).
class ProductPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPickerDialog)

public:
    static constexpr int ResultLimit = 200;

    explicit ProductPickerDialog(CatalogueDocument *catalogue, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    ProductId currentProductId() const;
    void flushSearch(); // runs a pending search now
    void search(const QString &text); // as if typed, at once

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void productPicked(sa::ProductId id);

private:
    void runSearch();
    void showCurrent();

    ProductSearchModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_detail;
    QPushButton *m_add;
    QTimer m_searchTimer;
};

} // namespace sa
