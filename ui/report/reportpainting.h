#pragma once

#include "pageflow.h"
#include "report/reportcontent.h"
#include "reportcharts.h"

#include <vector>

// The pieces of the PDF review's pages, drawn onto a PageFlow; internal to ui/report.
namespace sa::reportpaint {

struct ContentsEntry
{
    QString title;
    int page = 0;
};

void cover(PageFlow &flow, const ReportContent &content);
void contents(PageFlow &flow, const std::vector<ContentsEntry> &entries);
void chapterTitle(PageFlow &flow, const QString &title);
void block(PageFlow &flow,
           const ReportBlock &block,
           const ReportContent &content,
           const ReportCharts &charts);

void heading(PageFlow &flow, const QString &text);
void paragraph(PageFlow &flow, const QString &text);
void figures(PageFlow &flow, const std::vector<ReportFigure> &figures);
void table(PageFlow &flow, const ReportTable &table);
void integrationMap(PageFlow &flow, const ReportMap &map);
// An SVG chart across the body's width; nothing when svg is empty.
void chart(PageFlow &flow, const QByteArray &svg);

} // namespace sa::reportpaint
