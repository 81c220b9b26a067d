#include "presentationwindow.h"

#include "analysis/liveanalysis.h"
#include "charts/chartcache.h"
#include "charts/chartfactory.h"
#include "itemmodels/dashboardmodels.h"
#include "slidepainter.h"
#include "workspace/workspacedocument.h"

#include <QImage>
#include <QKeyEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

// Large type, and fewer bars, for a room.
ChartStyle slideStyle()
{
    ChartStyle style;
    style.fontScale = 1.7;
    style.maxBars = 6;
    return style;
}

} // namespace

PresentationWindow::PresentationWindow(WorkspaceDocument *document,
                                       DashboardModels *models,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_models(models)
    , m_charts(std::make_unique<ChartCache>(*models, slideStyle()))
{
    setObjectName(u"presentation"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("StackAtlas Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    connect(models, &DashboardModels::updated, this, &PresentationWindow::rebuild);
    rebuild();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::rebuild()
{
    const LiveAnalysis *live = LiveAnalysis::forDocument(m_document);
    m_slides = buildSlides(m_document->store()->info(), live->result(), *m_models);
    const int last = int(m_slides.size()) - 1;
    if (m_index > last) {
        m_index = last;
        emit slideChanged(m_index);
    }
    update();
}

void PresentationWindow::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, slideCount() - 1);
    if (index == m_index)
        return;
    m_index = index;
    update();
    emit slideChanged(m_index);
}

QChart *PresentationWindow::chartFor(const Slide &slide)
{
    if (!slide.chart || chartIsEmpty(*slide.chart, *m_models))
        return nullptr;
    return m_charts->chart(*slide.chart);
}

QString PresentationWindow::footer() const
{
    const QString company = m_document->store()->info().company;
    return company.isEmpty() ? tr("StackAtlas") : company + u" · " + tr("StackAtlas");
}

QImage PresentationWindow::renderSlide(int index, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const Slide &slide = m_slides[size_t(index)];
    SlidePainter::paint(painter,
                        QRectF(QPointF(0, 0), QSizeF(size)),
                        slide,
                        chartFor(slide),
                        index,
                        slideCount(),
                        footer());
    return image;
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Slide &slide = currentSlide();
    SlidePainter::paint(
        painter, QRectF(rect()), slide, chartFor(slide), m_index, slideCount(), footer());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCurrentIndex(m_index + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setCurrentIndex(m_index - 1);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    setCurrentIndex(event->button() == Qt::RightButton ? m_index - 1 : m_index + 1);
}

} // namespace sa
