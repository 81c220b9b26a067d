#pragma once

#include "analysis/analysisresult.h"
#include "chartrowsmodel.h"
#include "domain/category.h"

namespace sa {

// Annual spend of the active tools by landscape category (the donut): a tool counts under
// the parent of its subcategory, tools filed nowhere known under "Uncategorized". Rows by
// spend down, then name; a category without active tools has no row.
class SpendByCategoryModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendByCategoryModel)

public:
    enum Column {
        Category, // the name; UnderlyingDataRole: the slug ("" for Uncategorized)
        Spend,    // annual cost
        Tools,    // active tools in it
        Share,    // percent of the stack's annual cost
        ColumnCount
    };

    explicit SpendByCategoryModel(QObject *parent = nullptr);

    // The catalogue's categories (CatalogueStore::categories()), before setAnalysis.
    void setCategories(std::vector<sa::Category> categories);
    void setAnalysis(const AnalysisResult &result, const QString &currency);

private:
    std::vector<sa::Category> m_categories;
};

} // namespace sa
