#include "inventorydelegate.h"

#include "itemmodels/inventorymodel.h"
#include "itemmodels/inventorytext.h"
#include "moneyedit.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSet>
#include <QSpinBox>
#include <QTreeView>

namespace sa {

namespace {

const InventoryModel *sourceModel(const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const InventoryModel *>(model);
}

// The other values of a text column, for completion.
QStringList valuesOf(const InventoryModel *model, int column)
{
    QSet<QString> seen;
    QStringList values;
    for (const Tool &t : model->tools()) {
        const QString value = column == InventoryModel::Owner ? t.owner : t.team;
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values << value;
        }
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace

QDate InventoryDelegate::noDate()
{
    return QDate(1999, 12, 31);
}

QWidget *InventoryDelegate::createEditor(QWidget *parent,
                                         const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const InventoryModel *model = sourceModel(index);
    switch (index.column()) {
    case InventoryModel::AnnualCost: {
        auto *edit = new MoneyEdit(parent);
        if (model)
            edit->setCurrency(model->currency());
        return edit;
    }
    case InventoryModel::Seats:
    case InventoryModel::ActiveUsers: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, 10'000'000);
        spin->setSpecialValueText(tr("Not recorded"));
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case InventoryModel::ContractEnd: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        date->setMinimumDate(noDate());
        date->setSpecialValueText(tr("No date"));
        return date;
    }
    case InventoryModel::Status: {
        auto *combo = new QComboBox(parent);
        for (ToolStatus s :
             {ToolStatus::Active, ToolStatus::Trial, ToolStatus::Retiring, ToolStatus::Retired})
            combo->addItem(toolStatusLabel(s), int(s));
        return combo;
    }
    case InventoryModel::Owner:
    case InventoryModel::Team: {
        auto *edit = new QLineEdit(parent);
        if (model) {
            auto *completer = new QCompleter(valuesOf(model, index.column()), edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void InventoryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        money->setCents(value.toLongLong());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = value.toDate();
        date->setDate(d.isValid() ? d : noDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toInt()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void InventoryDelegate::setModelData(QWidget *editor,
                                     QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        model->setData(index, qint64(money->cents()));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == noDate() ? QDate() : date->date());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void InventoryDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.data(InventoryModel::IsGroupRole).toBool()) {
        paintGroup(painter, option, index);
        return;
    }
    const bool hub = index.column() == InventoryModel::Name
                     && index.data(InventoryModel::SystemOfRecordRole).toBool();
    if (!hub) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The name, elided to leave room for a small badge after it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString badge = tr("HUB");
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.72);
    small.setBold(true);
    const QFontMetrics badgeMetrics(small);
    const int badgeWidth = badgeMetrics.horizontalAdvance(badge) + 10;
    const QFontMetrics nameMetrics(opt.font);
    opt.text = nameMetrics.elidedText(opt.text, Qt::ElideRight, opt.rect.width() - badgeWidth - 22);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int left = text.left() + nameMetrics.horizontalAdvance(opt.text) + 8;
    const QRect pill(left,
                     opt.rect.center().y() - badgeMetrics.height() / 2 - 1,
                     badgeWidth,
                     badgeMetrics.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x4f, 0xb3, 0xbf));
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(small);
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->restore();
}

void InventoryDelegate::paintGroup(QPainter *painter,
                                   const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    // Category rows span the whole width (InventoryTreeView): the name with its count on
    // the left, the sums under their own columns.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto *tree = qobject_cast<const QTreeView *>(opt.widget);
    if (!tree)
        return;
    const QHeaderView *header = tree->header();
    const auto cell = [&](int column) {
        return QRect(header->sectionViewportPosition(column) + 8,
                     opt.rect.top(),
                     header->sectionSize(column) - 16,
                     opt.rect.height());
    };
    const QColor text = opt.state & QStyle::State_Selected
                            ? opt.palette.color(QPalette::HighlightedText)
                            : opt.palette.color(QPalette::Text);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString count = index.siblingAtColumn(InventoryModel::Product).data().toString();
    const QString countText = QStringLiteral("   ") + count;
    const QFontMetrics plainMetrics(opt.font);
    // The name may run on over the product column, which category rows leave empty.
    const int nameRight = header->sectionViewportPosition(InventoryModel::Product)
                          + header->sectionSize(InventoryModel::Product) - 8;
    const int nameLeft = opt.rect.left() + 4;
    const QString name
        = boldMetrics.elidedText(index.data().toString(),
                                 Qt::ElideRight,
                                 nameRight - nameLeft - plainMetrics.horizontalAdvance(countText));
    painter->save();
    painter->setPen(text);
    painter->setFont(bold);
    const QRect nameRect(nameLeft, opt.rect.top(), nameRight - nameLeft, opt.rect.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(opt.font);
    painter->setPen(QColor(0x64, 0x74, 0x8b));
    painter->drawText(nameRect.adjusted(boldMetrics.horizontalAdvance(name), 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      countText);
    painter->setFont(bold);
    painter->setPen(text);
    for (int column :
         {InventoryModel::AnnualCost, InventoryModel::Seats, InventoryModel::ActiveUsers}) {
        painter->drawText(cell(column),
                          Qt::AlignRight | Qt::AlignVCenter,
                          index.siblingAtColumn(column).data().toString());
    }
    painter->restore();
}

QSize InventoryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 30));
    return size;
}

} // namespace sa
