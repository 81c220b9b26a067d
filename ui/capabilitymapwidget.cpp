#include "capabilitymapwidget.h"

#include "analysispalette.h"
#include "itemmodels/capabilitymapmodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sa {

namespace {

constexpr int margin = 16;
constexpr int columnGap = 14;
constexpr int minColumnWidth = 220;
constexpr int categoryHeight = 30;
constexpr int subcategoryHeight = 24;
constexpr int cellHeight = 44;
constexpr int cellGap = 5;

QString modelText(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

CapabilityMapWidget::CapabilityMapWidget(CapabilityMapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("capabilityMapGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(model, &QAbstractItemModel::modelReset, this, &CapabilityMapWidget::relayout);
    relayout();
}

std::vector<CapabilityMapWidget::Item> CapabilityMapWidget::layoutFor(int width, int *height) const
{
    std::vector<Item> items;
    const int categories = m_model->rowCount();
    const int usable = std::max(minColumnWidth, width - 2 * margin);
    const int perRow
        = std::max(1, std::min(categories, (usable + columnGap) / (minColumnWidth + columnGap)));
    const int columnWidth = (usable - (perRow - 1) * columnGap) / perRow;
    int rowTop = margin, rowBottom = margin;
    for (int c = 0; c < categories; ++c) {
        if (c > 0 && c % perRow == 0) {
            rowTop = rowBottom + 2 * columnGap;
        }
        const int x = margin + (c % perRow) * (columnWidth + columnGap);
        int y = rowTop;
        const QModelIndex category = m_model->index(c, 0);
        items.push_back(Item{Item::Category,
                             QRect(x, y, columnWidth, categoryHeight),
                             category.data(CapabilityMapModel::SlugRole).toString(),
                             category.data().toString(),
                             QString()});
        y += categoryHeight + 4;
        for (int s = 0; s < m_model->rowCount(category); ++s) {
            const QModelIndex sub = m_model->index(s, 0, category);
            items.push_back(Item{Item::Subcategory,
                                 QRect(x, y, columnWidth, subcategoryHeight),
                                 sub.data(CapabilityMapModel::SlugRole).toString(),
                                 sub.data().toString(),
                                 QString()});
            y += subcategoryHeight;
            for (int k = 0; k < m_model->rowCount(sub); ++k) {
                const QModelIndex cap = m_model->index(k, 0, sub);
                items.push_back(Item{Item::Capability,
                                     QRect(x, y, columnWidth, cellHeight),
                                     cap.data(CapabilityMapModel::SlugRole).toString(),
                                     cap.data().toString(),
                                     modelText(cap, CapabilityMapModel::Tools),
                                     cap.data(CapabilityMapModel::CoverageRole).toInt()});
                y += cellHeight + cellGap;
            }
            y += 8;
        }
        rowBottom = std::max(rowBottom, y);
    }
    *height = rowBottom + margin;
    return items;
}

int CapabilityMapWidget::heightForWidth(int width) const
{
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QSize CapabilityMapWidget::sizeHint() const
{
    const int width = std::max(this->width(), 3 * minColumnWidth + 2 * margin);
    return QSize(width, heightForWidth(width));
}

void CapabilityMapWidget::relayout()
{
    int height = 0;
    m_items = layoutFor(width(), &height);
    if (!m_current.isEmpty() && cellRect(m_current).isNull())
        m_current.clear();
    updateGeometry();
    update();
}

void CapabilityMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QRect CapabilityMapWidget::cellRect(const QString &slug) const
{
    for (const Item &item : m_items) {
        if (item.kind == Item::Capability && item.slug == slug)
            return item.rect;
    }
    return {};
}

QStringList CapabilityMapWidget::slugs() const
{
    QStringList out;
    for (const Item &item : m_items) {
        if (item.kind == Item::Capability)
            out << item.slug;
    }
    return out;
}

void CapabilityMapWidget::setCurrentSlug(const QString &slug)
{
    if (slug == m_current)
        return;
    m_current = slug;
    update();
    emit currentChanged(slug);
}

const CapabilityMapWidget::Item *CapabilityMapWidget::itemAt(const QPoint &point) const
{
    for (const Item &item : m_items) {
        if (item.kind == Item::Capability && item.rect.contains(point))
            return &item;
    }
    return nullptr;
}

void CapabilityMapWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    QFont heading = bold;
    heading.setPointSizeF(font().pointSizeF() * 1.15);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.88);
    for (const Item &item : m_items) {
        if (!item.rect.intersects(event->rect()))
            continue;
        switch (item.kind) {
        case Item::Category:
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x0f, 0x27, 0x40));
            p.drawRoundedRect(item.rect, 4, 4);
            p.setFont(heading);
            p.setPen(Qt::white);
            p.drawText(item.rect.adjusted(10, 0, -8, 0),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetrics(heading).elidedText(
                           item.name, Qt::ElideRight, item.rect.width() - 18));
            break;
        case Item::Subcategory:
            p.setFont(bold);
            p.setPen(QColor(0x33, 0x41, 0x55));
            p.drawText(item.rect.adjusted(2, 0, 0, -2),
                       Qt::AlignBottom | Qt::AlignLeft,
                       QFontMetrics(bold).elidedText(item.name, Qt::ElideRight, item.rect.width()));
            break;
        case Item::Capability: {
            const CoverageColors colors = coverageColors(Coverage(item.coverage));
            const bool current = item.slug == m_current;
            p.setPen(QPen(current ? QColor(0x0f, 0x27, 0x40) : colors.edge, current ? 2.5 : 1));
            p.setBrush(colors.fill);
            p.drawRoundedRect(QRectF(item.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
            p.setPen(Qt::NoPen);
            p.setBrush(colors.edge);
            p.drawRoundedRect(
                QRectF(item.rect.left() + 1, item.rect.top() + 1, 5, item.rect.height() - 2), 2, 2);
            const QRect text = item.rect.adjusted(13, 4, -8, -4);
            p.setFont(bold);
            p.setPen(QColor(0x0f, 0x27, 0x40));
            const QFontMetrics bm(bold);
            p.drawText(QRect(text.left(), text.top(), text.width(), text.height() / 2),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       bm.elidedText(item.name, Qt::ElideRight, text.width()));
            p.setFont(small);
            p.setPen(QColor(0x47, 0x55, 0x69));
            const QString tools
                = item.tools.isEmpty() ? coverageName(Coverage(item.coverage)) : item.tools;
            p.drawText(QRect(text.left(), text.center().y(), text.width(), text.height() / 2),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetrics(small).elidedText(tools, Qt::ElideRight, text.width()));
            break;
        }
        }
    }
    if (m_items.empty()) {
        p.setPen(QColor(0x64, 0x74, 0x8b));
        p.drawText(rect(),
                   Qt::AlignCenter,
                   tr("No capabilities yet: add tools to the inventory or requirements."));
    }
}

bool CapabilityMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Item *item = itemAt(help->pos())) {
            QString text = u"<b>" + item->name.toHtmlEscaped() + u"</b><br>"
                           + coverageName(Coverage(item->coverage));
            if (!item->tools.isEmpty())
                text += u"<br>" + tr("Covered by: %1").arg(item->tools.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, this, item->rect);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void CapabilityMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (const Item *item = itemAt(event->position().toPoint()))
        setCurrentSlug(item->slug);
    QWidget::mousePressEvent(event);
}

void CapabilityMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Item *item = itemAt(event->position().toPoint()))
        emit activated(item->slug);
}

void CapabilityMapWidget::keyPressEvent(QKeyEvent *event)
{
    const QStringList order = slugs();
    if (order.isEmpty())
        return QWidget::keyPressEvent(event);
    const int at = int(order.indexOf(m_current));
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentSlug(order[std::min(int(order.size()) - 1, at + 1)]);
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentSlug(order[std::max(0, at - 1)]);
        return;
    case Qt::Key_Home:
        setCurrentSlug(order.front());
        return;
    case Qt::Key_End:
        setCurrentSlug(order.back());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isEmpty())
            emit activated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace sa
