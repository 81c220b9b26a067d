#pragma once

#include "catalogue/searchquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace sa {

class CapabilityCombo;
class CapabilityListModel;

// The row above the catalogue browser's results: the search box and the capability,
// segment and price filters, with "Clear filters". It only reports changes; the browser
// decides when to search (it coalesces keystrokes).
class CatalogueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFilterBar)

public:
    explicit CatalogueFilterBar(CapabilityListModel *capabilities, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QString text() const;
    CapabilityId capabilityId() const;
    QString segment() const;
    PriceFilter price() const;

    // Back to any capability, segment and price, without signalling (the search text stays).
    void resetFilters();
    void setCapabilityId(CapabilityId id);

signals:
    void textEdited();
    void filtersChanged();
    void clearRequested();

private:
    QLineEdit *m_search;
    CapabilityCombo *m_capability;
    QComboBox *m_segment;
    QComboBox *m_price;
    QPushButton *m_clear;
};

} // namespace sa
