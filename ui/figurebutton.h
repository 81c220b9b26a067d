#pragma once

#include <QAbstractButton>

namespace sa {

// One headline number of the findings bar: the figure large, its caption small beneath,
// in an accent colour when it calls for attention. A button, so that a click or Space
// goes to the view that explains the figure; text() is "caption: value" for screen readers.
class FigureButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureButton)

public:
    FigureButton(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QColor &accent = QColor());
    QString value() const { return m_value; }
    QString caption() const { return m_caption; }
    QColor accent() const { return m_accent; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_caption;
    QString m_value;
    QColor m_accent;
};

} // namespace sa
