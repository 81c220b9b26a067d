#pragma once

#include <QWidget>

namespace sa {

class CapabilityMapModel;

// The landscape grid of the capability map, painted from a CapabilityMapModel: one column
// per category (wrapping into rows when the window is narrow), its subcategories as
// headed groups, each capability a cell filled with its coverage colour and naming the
// tools that cover it. A click (or the arrow keys) makes a capability current.
class CapabilityMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMapWidget)

public:
    explicit CapabilityMapWidget(CapabilityMapModel *model, QWidget *parent = nullptr);

    QString currentSlug() const { return m_current; }
    void setCurrentSlug(const QString &slug);
    // The cell of a capability in widget coordinates; null when it is not shown.
    QRect cellRect(const QString &slug) const;
    QStringList slugs() const; // the capabilities in reading order (column by column)

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

signals:
    void currentChanged(const QString &slug);
    void activated(const QString &slug); // double-click or Enter

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        enum Kind { Category, Subcategory, Capability } kind = Capability;
        QRect rect;
        QString slug;
        QString name;
        QString tools;
        int coverage = 0;
    };

    std::vector<Item> layoutFor(int width, int *height) const;
    void relayout();
    const Item *itemAt(const QPoint &point) const;

    CapabilityMapModel *m_model;
    std::vector<Item> m_items;
    QString m_current;
};

} // namespace sa
