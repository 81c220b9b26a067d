#pragma once

#include <QWidget>

class QLabel;

namespace sa {

// One entry of a view's legend: a swatch (a rounded square, or a circle for the
// integration map's markers) and its label, whose text may change (counts).
class LegendEntry final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendEntry)

public:
    enum Shape { Square, Circle, Ring };
    LegendEntry(const QColor &fill,
                const QColor &edge,
                const QString &text,
                Shape shape = Square,
                QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QColor fill() const { return m_fill; }

private:
    QColor m_fill;
    QLabel *m_label;
};

} // namespace sa
