#pragma once

#include <QWidget>

class QAbstractItemModel;

namespace sa {

// The TIME quadrant: every tool of a TimeClassModel as a dot, functional fit across,
// cost efficiency up, the lines at 50 % splitting Tolerate (top left), Invest (top
// right), Eliminate (bottom left) and Migrate (bottom right); a dot's area follows its
// annual cost and its colour its class. Click a dot, or move with the arrow keys, to
// make its row current (rowActivated); setCurrentRow rings the current one.
class TimeQuadrant final : public QWidget
{
    Q_OBJECT

public:
    explicit TimeQuadrant(QAbstractItemModel *model, QWidget *parent = nullptr);

    void setCurrentRow(int row);
    int currentRow() const { return m_current; }
    // Where a row's dot is drawn, in widget coordinates, and its radius; and the row
    // whose dot is under a point (the smallest, as it is drawn on top), or -1.
    QPointF dotCentre(int row) const;
    double dotRadius(int row) const;
    int rowAt(const QPointF &point) const;
    QRectF plotArea() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    double value(int row, int column) const;
    QColor colour(int row) const;
    void paintQuadrants(QPainter &p, const QRectF &area) const;
    void paintDots(QPainter &p) const;
    void activate(int row);

    QAbstractItemModel *m_model;
    int m_current = -1;
    double m_largestCost = 0; // of the model's rows, kept up to date with it
};

} // namespace sa
