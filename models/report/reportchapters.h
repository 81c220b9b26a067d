#pragma once

#include "analysis/analysisresult.h"
#include "reportcontent.h"

// The chapters of buildReportContent(), one function each; internal to models/report.
namespace sa::report {

// What every chapter reads: the input, its analysis, and the text helpers.
struct Build
{
    const ReportInput &input;
    const AnalysisResult &analysis;
    QString money(Cents amount) const;
    QString toolName(ToolIndex t) const { return analysis.tools[size_t(t)].name; }
    QString capabilityName(CapabilityIndex c) const;
    QString categoryName(const QString &slug) const;  // the slug when unknown
    QString topCategoryOf(const QString &slug) const; // "" when unknown
};

// The report's words in the "sa::Report" translation context.
QString tr(const char *text);

ReportBlock heading(const QString &text);
ReportBlock paragraph(const QString &text);
ReportBlock tableBlock(ReportTable table);
// A dashboard chart by its file name ("spend-by-category"), drawn by the renderer.
ReportBlock chartBlock(const QString &key);
ReportColumn column(const QString &title, double width, bool numeric = false);
QString percentText(double fraction, int decimals = 0); // 0.256 -> "26%"
QString dateText(const QDate &date);                    // "2026-12-03", "–" when null
QString joinNames(const QStringList &names);
// "1 tool", "3 tools" (the words translated).
QString countText(qint64 n, const char *one, const char *many); // "A, B and C"

ReportChapter summaryChapter(const Build &b, const ReportHeadline &headline);
ReportChapter stackChapter(const Build &b);
ReportChapter overlapsChapter(const Build &b);
ReportChapter gapsChapter(const Build &b);
ReportChapter integrationsChapter(const Build &b);
ReportMap integrationMap(const Build &b);
// The plan: a saved scenario named by the settings, else the optimizer's. Sets the
// headline's plan figures.
Expected<ReportChapter> planChapter(const Build &b,
                                    const ReportControl &control,
                                    ReportHeadline *headline,
                                    QString *source);
ReportChapter comparisonsChapter(const Build &b);
ReportChapter methodChapter(const Build &b);

} // namespace sa::report
