#include "reportrenderer.h"

#include "reportpainting.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::Report", text);
}

void setUp(QPdfWriter *writer, const ReportContent &c)
{
    writer->setResolution(72); // one device unit per point
    writer->setPageSize(
        QPageSize(c.settings.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    writer->setTitle(tr("Stack review") + (c.company.isEmpty() ? QString() : u" – " + c.company));
    writer->setCreator(QStringLiteral("StackAtlas"));
}

} // namespace

ReportRenderer::ReportRenderer(ReportContent content, ReportCharts charts)
    : m_content(std::move(content))
    , m_charts(std::move(charts))
{
}

bool ReportRenderer::pass(QPdfWriter *writer,
                          QPainter *painter,
                          std::vector<int> *chapterPages,
                          int pageCount) const
{
    ReportStyle style;
    style.accent = QColor(m_content.settings.accent);
    if (!style.accent.isValid())
        style.accent = QColor(ReportSettings::defaultAccent());
    PageFlow flow(writer, painter, style);
    flow.setFooter(tr("Stack review")
                       + (m_content.company.isEmpty() ? QString() : u" – " + m_content.company),
                   pageCount);
    reportpaint::cover(flow, m_content);
    flow.newPage();
    std::vector<reportpaint::ContentsEntry> entries;
    for (size_t i = 0; i < m_content.chapters.size(); ++i)
        entries.push_back(
            {m_content.chapters[i].title, i < chapterPages->size() ? (*chapterPages)[i] : 0});
    reportpaint::contents(flow, entries);
    chapterPages->clear();
    for (size_t i = 0; i < m_content.chapters.size(); ++i) {
        if (cancelled())
            return false;
        const ReportChapter &chapter = m_content.chapters[i];
        flow.newPage();
        chapterPages->push_back(flow.pageNumber());
        reportpaint::chapterTitle(flow, chapter.title);
        for (const ReportBlock &b : chapter.blocks)
            reportpaint::block(flow, b, m_content, m_charts);
        if (painter && m_progress)
            m_progress(int(10 + 90 * (i + 1) / m_content.chapters.size()));
    }
    flow.finish();
    m_pageCount = flow.pageNumber();
    return true;
}

Status ReportRenderer::render(const QString &path) const
{
    // Measuring needs a device with the same page and resolution, never written.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter measure(&scratch);
    setUp(&measure, m_content);
    std::vector<int> pages;
    if (!pass(&measure, nullptr, &pages, 0))
        return Error::badInput(tr("cancelled"));
    const int pageCount = m_pageCount;
    if (m_progress)
        m_progress(10);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(path + u": " + file.errorString());
    {
        QPdfWriter writer(&file);
        setUp(&writer, m_content);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(path + tr(": cannot start the PDF"));
        const bool done = pass(&writer, &painter, &pages, pageCount);
        painter.end();
        if (!done) {
            file.cancelWriting();
            return Error::badInput(tr("cancelled"));
        }
    }
    if (!file.commit())
        return Error::io(path + u": " + file.errorString());
    return success();
}

} // namespace sa
