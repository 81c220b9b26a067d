#include "roadmapwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace sa {

namespace {

constexpr int labelWidth = 190;
constexpr int axisHeight = 34;
constexpr int laneHeight = 34;
constexpr int chartHeight = 190;
constexpr int legendHeight = 28;
constexpr int margin = 12;

const QColor ink(0x1f, 0x29, 0x37);
const QColor muted(0x64, 0x74, 0x8b);
const QColor grid(0xe2, 0xe8, 0xf0);
const QColor beforeColour(0xcb, 0xd5, 0xe1);
const QColor afterColour(0x25, 0x63, 0xeb);
const QColor savingsColour(0x15, 0x80, 0x3d);
const QColor late(0xb9, 0x1c, 0x1c);

QColor actionColour(DecisionAction a)
{
    switch (a) {
    case DecisionAction::Retire:
        return QColor(0xdc, 0x26, 0x26);
    case DecisionAction::Replace:
        return QColor(0xd9, 0x77, 0x06);
    case DecisionAction::Add:
        return QColor(0x16, 0xa3, 0x4a);
    case DecisionAction::Keep:
        break;
    }
    return muted;
}

QString actionVerb(DecisionAction a)
{
    switch (a) {
    case DecisionAction::Retire:
        return RoadmapWidget::tr("Retire");
    case DecisionAction::Replace:
        return RoadmapWidget::tr("Replace");
    case DecisionAction::Add:
        return RoadmapWidget::tr("Add");
    case DecisionAction::Keep:
        break;
    }
    return RoadmapWidget::tr("Keep");
}

QString shortDate(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

} // namespace

RoadmapWidget::RoadmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roadmapWidget"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
}

void RoadmapWidget::setRoadmap(const Roadmap &roadmap, QDate start, const QString &currency)
{
    m_roadmap = roadmap;
    m_start = start;
    m_currency = currency;
    updateGeometry();
    update();
}

QSize RoadmapWidget::sizeHint() const
{
    const int lanes = std::max<int>(1, int(m_roadmap.steps.size()));
    return {labelWidth + 720, int(lanesTop()) + lanes * laneHeight + margin};
}

QSize RoadmapWidget::minimumSizeHint() const
{
    return {labelWidth + 320, sizeHint().height()};
}

QRectF RoadmapWidget::plotArea() const
{
    return QRectF(labelWidth, margin, std::max(100, width() - labelWidth - margin), axisHeight);
}

// The cost chart comes first, under the axis, so that it stays in sight above a long
// list of decisions; the lanes follow its legend.
QRectF RoadmapWidget::chartArea() const
{
    const QRectF a = plotArea();
    return QRectF(labelWidth, a.bottom() + 8, a.width(), chartHeight - 48);
}

double RoadmapWidget::lanesTop() const
{
    return chartArea().bottom() + legendHeight + 20;
}

double RoadmapWidget::xOf(QDate date) const
{
    const int months = int(m_roadmap.before.size());
    const QRectF a = plotArea();
    if (!m_start.isValid() || months == 0)
        return a.left();
    const QDate end = m_start.addMonths(months);
    const double total = double(m_start.daysTo(end));
    const double at = std::clamp(double(m_start.daysTo(date)), 0.0, total);
    return a.left() + a.width() * at / total;
}

void RoadmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_roadmap.before.empty() || !m_start.isValid()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("Choose a scenario to see its roadmap."));
        return;
    }
    paintAxis(p);
    paintLanes(p);
    paintChart(p);
}

void RoadmapWidget::paintAxis(QPainter &p) const
{
    const QRectF a = plotArea();
    const int months = int(m_roadmap.before.size());
    const double bottom = lanesTop() + std::max<int>(1, int(m_roadmap.steps.size())) * laneHeight;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    // A label every month when there is room, else every quarter or year.
    const double perMonth = a.width() / months;
    const int step = perMonth >= 34 ? 1 : perMonth >= 12 ? 3 : 12;
    for (int m = 0; m <= months; ++m) {
        const QDate d = m_start.addMonths(m);
        const double x = xOf(d);
        const bool year = d.month() == 1;
        p.setPen(QPen(year ? muted : grid, 1));
        p.drawLine(QPointF(x, a.bottom() - 6), QPointF(x, bottom));
        if (m < months && m % step == 0) {
            // The year on the first label and on the first label of each new year.
            const bool newYear = m == 0 || d.year() != m_start.addMonths(m - step).year();
            p.setPen(newYear ? ink : muted);
            const QString text = QLocale().toString(
                d, newYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
            p.drawText(QRectF(x + 2, a.top(), std::max(perMonth * step, 70.0), a.height() - 8),
                       Qt::AlignLeft | Qt::AlignBottom,
                       text);
        }
    }
}

void RoadmapWidget::paintLanes(QPainter &p) const
{
    const QRectF a = plotArea();
    double y = lanesTop();
    p.setPen(ink);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(margin, y - 24, labelWidth - 2 * margin, 22),
               Qt::AlignLeft | Qt::AlignBottom,
               tr("Decisions"));
    if (m_roadmap.steps.empty()) {
        p.setPen(muted);
        p.setFont(font());
        p.drawText(QRectF(a.left() + 8, y, a.width(), laneHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No changes: every tool is kept."));
        return;
    }
    for (const RoadmapStep &s : m_roadmap.steps) {
        const double mid = y + laneHeight / 2.0;
        p.setFont(font());
        p.setPen(ink);
        const QString label
            = p.fontMetrics().elidedText(s.name, Qt::ElideRight, labelWidth - 2 * margin);
        p.drawText(QRectF(margin, y, labelWidth - 2 * margin, laneHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   label);
        const double x = xOf(s.effective);
        if (s.noticeDeadline.isValid()) {
            const double nx = xOf(s.noticeDeadline);
            p.setPen(QPen(s.noticeMissed ? late : muted, 1.5, Qt::DashLine));
            p.drawLine(QPointF(nx, mid), QPointF(x, mid));
            QPainterPath diamond;
            diamond.moveTo(nx, mid - 6);
            diamond.lineTo(nx + 6, mid);
            diamond.lineTo(nx, mid + 6);
            diamond.lineTo(nx - 6, mid);
            diamond.closeSubpath();
            p.setPen(QPen(s.noticeMissed ? late : ink, 1.5));
            p.setBrush(Qt::white);
            p.drawPath(diamond);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(actionColour(s.action));
        p.drawEllipse(QPointF(x, mid), 7, 7);
        QString text = actionVerb(s.action) + u' ' + shortDate(s.effective);
        if (!s.givesUp.isEmpty())
            text += tr(" · gives up %1").arg(s.givesUp.join(QStringLiteral(", ")));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p.setFont(small);
        p.setPen(ink);
        const double room = a.right() - (x + 12);
        const bool right = room > 160;
        const QRectF box = right ? QRectF(x + 12, y, room, laneHeight)
                                 : QRectF(a.left(), y, x - 12 - a.left(), laneHeight);
        p.drawText(box,
                   (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, int(box.width())));
        y += laneHeight;
    }
}

void RoadmapWidget::paintChart(QPainter &p) const
{
    const QRectF c = chartArea();
    const int months = int(m_roadmap.before.size());
    Cents top = 1;
    for (int m = 0; m < months; ++m)
        top = std::max({top, m_roadmap.before[size_t(m)], m_roadmap.after[size_t(m)]});
    Cents lowSaving = 0, highSaving = 1;
    for (Cents s : m_roadmap.cumulativeSavings) {
        lowSaving = std::min(lowSaving, s);
        highSaving = std::max(highSaving, s);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QRectF(margin, c.top(), labelWidth - 2 * margin, 18),
               Qt::AlignLeft | Qt::AlignTop,
               tr("Monthly cost"));
    p.drawText(QRectF(margin, c.top() + 18, labelWidth - 2 * margin, 18),
               Qt::AlignLeft | Qt::AlignTop,
               tr("up to %1").arg(formatMoneyCompact(top, m_currency)));
    p.setPen(QPen(grid, 1));
    p.drawLine(c.bottomLeft(), c.bottomRight());
    const double slot = c.width() / months;
    const double bar = std::max(1.0, slot * 0.38);
    for (int m = 0; m < months; ++m) {
        const double x = c.left() + slot * m + slot * 0.1;
        const double hb = c.height() * double(m_roadmap.before[size_t(m)]) / double(top);
        const double ha
            = c.height() * double(std::max<Cents>(0, m_roadmap.after[size_t(m)])) / double(top);
        p.fillRect(QRectF(x, c.bottom() - hb, bar, hb), beforeColour);
        p.fillRect(QRectF(x + bar, c.bottom() - ha, bar, ha), afterColour);
    }
    // Cumulative savings on their own scale, zero marked when savings go negative first.
    const auto ys = [&](Cents s) {
        return c.bottom()
               - c.height() * double(s - lowSaving)
                     / double(std::max<Cents>(1, highSaving - lowSaving));
    };
    if (lowSaving < 0) {
        p.setPen(QPen(savingsColour, 1, Qt::DotLine));
        p.drawLine(QPointF(c.left(), ys(0)), QPointF(c.right(), ys(0)));
    }
    QPainterPath line;
    for (int m = 0; m < months; ++m) {
        const QPointF pt(c.left() + slot * (m + 1), ys(m_roadmap.cumulativeSavings[size_t(m)]));
        if (m == 0)
            line.moveTo(c.left(), ys(0));
        line.lineTo(pt);
    }
    p.setPen(QPen(savingsColour, 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    if (m_roadmap.paybackMonth >= 1) {
        const double x = c.left() + slot * (m_roadmap.paybackMonth - 1);
        p.setPen(QPen(savingsColour, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, c.top()), QPointF(x, c.bottom()));
        p.setPen(savingsColour);
        p.drawText(QRectF(x + 4, c.top(), 240, 18),
                   Qt::AlignLeft | Qt::AlignTop,
                   tr("Pays back in month %1").arg(m_roadmap.paybackMonth));
    }
    // Legend.
    const double ly = c.bottom() + 12;
    double lx = c.left();
    const auto key = [&](const QColor &colour, const QString &text, bool lineKey) {
        if (lineKey)
            p.fillRect(QRectF(lx, ly + 7, 16, 3), colour);
        else
            p.fillRect(QRectF(lx, ly + 3, 12, 12), colour);
        p.setPen(ink);
        const double w = p.fontMetrics().horizontalAdvance(text);
        p.drawText(QRectF(lx + 20, ly, w + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 20 + w + 24;
    };
    key(beforeColour, tr("Before: %1").arg(formatMoney(m_roadmap.baselineCost, m_currency)), false);
    key(afterColour, tr("After: %1").arg(formatMoney(m_roadmap.planCost, m_currency)), false);
    key(savingsColour,
        tr("Cumulative savings: %1").arg(formatMoney(m_roadmap.savings(), m_currency)),
        true);
}

QString RoadmapWidget::tipAt(QPointF pos) const
{
    const int lane = int((pos.y() - lanesTop()) / laneHeight);
    if (pos.y() >= lanesTop() && lane >= 0 && lane < int(m_roadmap.steps.size())) {
        const RoadmapStep &s = m_roadmap.steps[size_t(lane)];
        QString tip = actionVerb(s.action) + u' ' + s.name + u": " + shortDate(s.effective);
        if (s.noticeDeadline.isValid())
            tip += u'\n'
                   + (s.noticeMissed ? tr("Notice was due by %1 (already past)")
                                     : tr("Give notice by %1"))
                         .arg(shortDate(s.noticeDeadline));
        tip += u'\n' + tr("Annual cost %1").arg(formatMoney(s.annualCost, m_currency));
        if (s.oneOffCost > 0)
            tip += u'\n' + tr("One-off cost %1").arg(formatMoney(s.oneOffCost, m_currency));
        if (!s.givesUp.isEmpty())
            tip += u'\n' + tr("Gives up: %1").arg(s.givesUp.join(QStringLiteral(", ")));
        return tip;
    }
    const QRectF c = chartArea();
    const int months = int(m_roadmap.before.size());
    if (c.contains(pos) && months > 0) {
        const int m = std::clamp(int((pos.x() - c.left()) / (c.width() / months)), 0, months - 1);
        return tr("%1\nBefore %2\nAfter %3\nSaved so far %4")
            .arg(QLocale().toString(m_start.addMonths(m), QStringLiteral("MMMM yyyy")),
                 formatMoney(m_roadmap.before[size_t(m)], m_currency),
                 formatMoney(m_roadmap.after[size_t(m)], m_currency),
                 formatMoney(m_roadmap.cumulativeSavings[size_t(m)], m_currency));
    }
    return QString();
}

bool RoadmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = tipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace sa
