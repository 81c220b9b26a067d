#pragma once

#include "domain/result.h"
#include "report/reportcontent.h"
#include "reportcharts.h"

#include <atomic>
#include <functional>

class QPainter;
class QPdfWriter;

namespace sa {

// Writes the PDF review of a ReportContent: cover, contents with page numbers, one
// chapter per included section, page numbers in every footer; vectors only (text,
// lines, shapes), the logo being the one possible raster image. Two passes: the first
// measures where each chapter starts, the second paints. Safe on a worker thread (only
// QPdfWriter and QPainter). The file appears only when complete: it is written beside
// its destination and renamed at the end, so a cancel or a failure leaves no partial
// file and an existing file untouched.
class ReportRenderer
{
public:
    explicit ReportRenderer(ReportContent content, ReportCharts charts = {});

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // percent 0..100 as the chapters are painted.
    void setProgress(std::function<void(int)> progress) { m_progress = std::move(progress); }

    Status render(const QString &path) const;
    // The pages the last render() wrote.
    int pageCount() const { return m_pageCount; }

private:
    // Lays the whole report out; paints when painter is given. Returns false on cancel.
    bool pass(QPdfWriter *writer,
              QPainter *painter,
              std::vector<int> *chapterPages,
              int pageCount) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ReportContent m_content;
    ReportCharts m_charts;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int)> m_progress;
    mutable int m_pageCount = 0;
};

} // namespace sa
