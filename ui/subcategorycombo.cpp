#include "subcategorycombo.h"

#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace sa {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SlugRole = Qt::UserRole + 1;

// Indents the subcategories under their category headings in the popup list.
class IndentingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.flags() & Qt::ItemIsSelectable)
            option->text = QStringLiteral("      ") + option->text;
    }
};

} // namespace

SubcategoryCombo::SubcategoryCombo(QWidget *parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setItemDelegate(new IndentingDelegate(this));
    setMaxVisibleItems(20);
    setPlaceholderText(tr("Pick a subcategory"));
}

void SubcategoryCombo::setCategories(const std::vector<Category> &categories)
{
    m_model->clear();
    for (const Category &top : categories) {
        if (!top.isTopLevel())
            continue;
        auto *heading = new QStandardItem(top.name);
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        m_model->appendRow(heading);
        for (const Category &sub : categories) {
            if (sub.parentId != top.id || sub.isTopLevel())
                continue;
            auto *item = new QStandardItem(sub.name);
            item->setData(sub.id, IdRole);
            item->setData(sub.slug, SlugRole);
            item->setToolTip(top.name + u" › " + sub.name);
            m_model->appendRow(item);
        }
    }
    setCurrentIndex(-1);
}

CategoryId SubcategoryCombo::categoryId() const
{
    return currentIndex() < 0 ? 0 : currentData(IdRole).toLongLong();
}

QString SubcategoryCombo::categorySlug() const
{
    return currentIndex() < 0 ? QString() : currentData(SlugRole).toString();
}

void SubcategoryCombo::setCategoryId(CategoryId id)
{
    setCurrentIndex(id ? findData(id, IdRole) : -1);
}

void SubcategoryCombo::setCategorySlug(const QString &slug)
{
    setCurrentIndex(slug.isEmpty() ? -1 : findData(slug, SlugRole));
}

} // namespace sa
