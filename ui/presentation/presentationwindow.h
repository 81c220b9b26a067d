#pragma once

#include "slidedeck.h"

#include <QWidget>

#include <memory>

class QChart;

namespace sa {

class ChartCache;
class DashboardModels;
class WorkspaceDocument;

// Presentation mode: the workspace's slides full screen, one at a time, in large type.
// Right, Down, Page Down, Space and Enter go forward (so does a click); Left, Up, Page
// Up and Backspace go back; Home and End jump to the first and last; Esc leaves. The
// slides follow the workspace (an edit made elsewhere shows on the next paint), keeping
// the slide shown. Deletes itself when closed.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    // Neither is owned; parent (the dashboard) outlives the window.
    PresentationWindow(WorkspaceDocument *document, DashboardModels *models, QWidget *parent);
    ~PresentationWindow() override;

    int currentIndex() const { return m_index; }
    int slideCount() const { return int(m_slides.size()); }
    const Slide &currentSlide() const { return m_slides[size_t(m_index)]; }
    const std::vector<Slide> &slides() const { return m_slides; }
    void setCurrentIndex(int index);
    // Renders slide index at size (the snapshot and the tests).
    QImage renderSlide(int index, QSize size);

signals:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QChart *chartFor(const Slide &slide);
    QString footer() const;

    WorkspaceDocument *m_document;
    DashboardModels *m_models;
    std::vector<Slide> m_slides;
    std::unique_ptr<ChartCache> m_charts; // the slides' charts, in large type
    int m_index = 0;
};

} // namespace sa
