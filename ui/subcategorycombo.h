#pragma once

#include "domain/category.h"

#include <QComboBox>

#include <vector>

class QStandardItemModel;

namespace sa {

// Picks one of the 49 subcategories, listed under their six landscape categories (the
// category rows are headings that cannot be picked).
class SubcategoryCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubcategoryCombo)

public:
    explicit SubcategoryCombo(QWidget *parent = nullptr);

    void setCategories(const std::vector<Category> &categories);
    CategoryId categoryId() const; // 0 when none is picked
    QString categorySlug() const;
    // Picks the subcategory; a top-level category or 0 leaves nothing picked.
    void setCategoryId(CategoryId id);
    void setCategorySlug(const QString &slug); // an unknown slug leaves nothing picked

private:
    QStandardItemModel *m_model;
};

} // namespace sa
