#include "timequadrant.h"

#include "itemmodels/timeclassmodel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

constexpr double kMinRadius = 5;
constexpr double kMaxRadius = 16;
constexpr double kLine = 0.5; // classifyTime's default lines

} // namespace

TimeQuadrant::TimeQuadrant(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"timeQuadrant"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("TIME quadrant"));
    const auto changed = [this] {
        if (m_current >= m_model->rowCount())
            m_current = -1;
        m_largestCost = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_largestCost = std::max(m_largestCost, value(r, TimeClassModel::AnnualCost));
        update();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, changed);
    changed();
}

QSize TimeQuadrant::sizeHint() const
{
    return {520, 420};
}

QSize TimeQuadrant::minimumSizeHint() const
{
    return {280, 240};
}

void TimeQuadrant::setCurrentRow(int row)
{
    row = row >= 0 && row < m_model->rowCount() ? row : -1;
    if (row != m_current) {
        m_current = row;
        update();
    }
}

QRectF TimeQuadrant::plotArea() const
{
    // Half the largest dot clear on every side, so that a dot at 0 or 100 % is drawn
    // whole; outside that the 0 / 50 / 100 % marks, and outside them the axis titles.
    const double text = fontMetrics().height();
    const double marks = fontMetrics().horizontalAdvance(u"100 %"_s);
    return QRectF(rect()).adjusted(4 + text + 4 + marks + 4 + kMaxRadius,
                                   kMaxRadius + 4,
                                   -(kMaxRadius + 4),
                                   -(kMaxRadius + 2 + 2 * text + 6));
}

double TimeQuadrant::value(int row, int column) const
{
    return m_model->index(row, column).data(TimeClassModel::UnderlyingDataRole).toDouble();
}

QColor TimeQuadrant::colour(int row) const
{
    const QVariant brush = m_model->index(row, TimeClassModel::Class).data(Qt::ForegroundRole);
    return brush.canConvert<QBrush>() ? brush.value<QBrush>().color() : palette().text().color();
}

QPointF TimeQuadrant::dotCentre(int row) const
{
    const QRectF area = plotArea();
    const double fit = std::clamp(value(row, TimeClassModel::Fit), 0.0, 1.0);
    const double efficiency = std::clamp(value(row, TimeClassModel::Efficiency), 0.0, 1.0);
    return {area.left() + fit * area.width(), area.bottom() - efficiency * area.height()};
}

double TimeQuadrant::dotRadius(int row) const
{
    // Area in proportion to cost, against the dearest tool.
    const double share
        = m_largestCost > 0 ? value(row, TimeClassModel::AnnualCost) / m_largestCost : 0;
    return kMinRadius + (kMaxRadius - kMinRadius) * std::sqrt(std::max(0.0, share));
}

int TimeQuadrant::rowAt(const QPointF &point) const
{
    int best = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QPointF d = point - dotCentre(r);
        if (std::hypot(d.x(), d.y()) <= dotRadius(r) + 2
            && (best < 0 || dotRadius(r) < dotRadius(best)))
            best = r;
    }
    return best;
}

void TimeQuadrant::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    paintQuadrants(p, plotArea());
    paintDots(p);
    if (hasFocus() && m_current < 0) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void TimeQuadrant::paintQuadrants(QPainter &p, const QRectF &area) const
{
    const QPointF middle(area.left() + kLine * area.width(), area.bottom() - kLine * area.height());
    struct Quadrant
    {
        TimeClass timeClass;
        QRectF box;
        Qt::Alignment corner;
    };
    const Quadrant quadrants[] = {
        {TimeClass::Tolerate, QRectF(area.topLeft(), middle), Qt::AlignLeft | Qt::AlignTop},
        {TimeClass::Invest,
         QRectF(QPointF(middle.x(), area.top()), QPointF(area.right(), middle.y())),
         Qt::AlignRight | Qt::AlignTop},
        {TimeClass::Eliminate,
         QRectF(QPointF(area.left(), middle.y()), QPointF(middle.x(), area.bottom())),
         Qt::AlignLeft | Qt::AlignBottom},
        {TimeClass::Migrate, QRectF(middle, area.bottomRight()), Qt::AlignRight | Qt::AlignBottom},
    };
    QFont title = font();
    title.setBold(true);
    for (const Quadrant &q : quadrants) {
        QColor tint = TimeClassModel::classColour(q.timeClass);
        tint.setAlpha(18);
        p.fillRect(q.box, tint);
        p.setFont(title);
        p.setPen(TimeClassModel::classColour(q.timeClass));
        p.drawText(
            q.box.adjusted(8, 6, -8, -6), int(q.corner), TimeClassModel::classTitle(q.timeClass));
    }
    p.setFont(font());
    p.setPen(QPen(palette().mid().color(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    p.setPen(QPen(palette().dark().color(), 1, Qt::DashLine));
    p.drawLine(QPointF(middle.x(), area.top()), QPointF(middle.x(), area.bottom()));
    p.drawLine(QPointF(area.left(), middle.y()), QPointF(area.right(), middle.y()));

    const double text = fontMetrics().height();
    const double marks = fontMetrics().horizontalAdvance(u"100 %"_s);
    p.setPen(palette().placeholderText().color());
    for (const double at : {0.0, 0.5, 1.0}) {
        const QString mark = QString::number(int(at * 100)) + u" %"_s;
        const double x = area.left() + at * area.width();
        p.drawText(QRectF(x - 40, area.bottom() + kMaxRadius + 2, 80, text),
                   Qt::AlignHCenter | Qt::AlignTop,
                   mark);
        const double y = area.bottom() - at * area.height();
        p.drawText(QRectF(area.left() - kMaxRadius - 4 - marks, y - text / 2, marks, text),
                   Qt::AlignRight | Qt::AlignVCenter,
                   mark);
    }
    p.setPen(palette().text().color());
    p.drawText(QRectF(area.left(), area.bottom() + kMaxRadius + 2 + text + 2, area.width(), text),
               Qt::AlignHCenter | Qt::AlignTop,
               tr("Functional fit →"));
    p.save();
    p.translate(4 + text / 2, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, -text / 2, area.height(), text),
               Qt::AlignCenter,
               tr("Cost efficiency →"));
    p.restore();
}

void TimeQuadrant::paintDots(QPainter &p) const
{
    // The largest first, so that small dots stay visible on top of large ones.
    std::vector<int> order(size_t(m_model->rowCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [this](int a, int b) { return dotRadius(a) > dotRadius(b); });
    for (const int r : order) {
        QColor fill = colour(r);
        fill.setAlpha(200);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(fill);
        p.drawEllipse(dotCentre(r), dotRadius(r), dotRadius(r));
    }
    if (m_current >= 0) {
        const double ring = dotRadius(m_current) + 3;
        p.setPen(QPen(palette().highlight().color(), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(dotCentre(m_current), ring, ring);
        const QString name = m_model->index(m_current, TimeClassModel::Tool).data().toString();
        const QPointF at = dotCentre(m_current) + QPointF(ring + 4, 0);
        const QRectF label = QRectF(at.x(),
                                    at.y() - fontMetrics().height() / 2.0,
                                    fontMetrics().horizontalAdvance(name) + 8,
                                    fontMetrics().height());
        // Kept inside the widget: to the left of the dot when it is near the right edge.
        const QRectF placed = label.right() > width()
                                  ? label.translated(-label.width() - 2 * (ring + 4), 0)
                                  : label;
        p.setPen(palette().text().color());
        p.drawText(placed, Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

void TimeQuadrant::activate(int row)
{
    setCurrentRow(row);
    if (m_current >= 0)
        emit rowActivated(m_current);
}

void TimeQuadrant::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        activate(rowAt(event->position()));
    }
    QWidget::mousePressEvent(event);
}

void TimeQuadrant::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        activate(m_current < 0 ? 0 : std::min(rows - 1, m_current + 1));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        activate(m_current < 0 ? rows - 1 : std::max(0, m_current - 1));
        return;
    case Qt::Key_Home:
        activate(0);
        return;
    case Qt::Key_End:
        activate(rows - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimeQuadrant::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const auto cell = [this, row](int column) {
            return m_model->index(row, column).data().toString();
        };
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1</b> · %2<br>fit %3 · efficiency %4 · %5 a year")
                               .arg(cell(TimeClassModel::Tool).toHtmlEscaped(),
                                    cell(TimeClassModel::Class),
                                    cell(TimeClassModel::Fit),
                                    cell(TimeClassModel::Efficiency),
                                    cell(TimeClassModel::AnnualCost)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace sa
