#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace sa {

// The sections of the PDF review after its cover and table of contents, in page order.
enum class ReportSection {
    Summary,
    Stack,
    Overlaps,
    Gaps,
    Integrations,
    Plan,
    Comparisons,
    Method
};
inline constexpr int kReportSectionCount = 8;

QString reportSectionKey(ReportSection section);   // "summary", "stack", ... as stored
QString reportSectionTitle(ReportSection section); // "Executive summary", ...
bool parseReportSection(const QString &key, ReportSection *section);

enum class PaperSize { A4, Letter };
QString paperSizeKey(PaperSize paper); // "a4", "letter"
bool parsePaperSize(const QString &key, PaperSize *paper);

// How the user wants the PDF review of a workspace: which sections, whose name on the
// cover, the branding, the paper and the plan to present. Kept in the workspace (schema
// 4, one row) with the logo's bytes, so that the report looks the same when the file is
// opened on another laptop where the logo's path means nothing.
struct ReportSettings
{
    std::array<bool, kReportSectionCount> sections{true, true, true, true, true, true, true, true};
    QString company;    // the cover's company; empty: the workspace's
    QString preparedBy; // empty: the workspace's
    QString logoPath;   // where the logo was read from, shown in the dialog
    QByteArray logo;    // PNG, JPEG or SVG bytes; empty: no logo
    QString accent = defaultAccent();
    PaperSize paper = PaperSize::A4;
    QString scenario; // the saved scenario presented as the plan; empty: the optimizer's

    bool includes(ReportSection s) const { return sections[size_t(s)]; }
    void setIncluded(ReportSection s, bool on) { sections[size_t(s)] = on; }
    // The sections turned off, as stored: keys separated by commas, in section order.
    QString hiddenSections() const;
    void setHiddenSections(const QString &keys); // unknown keys are ignored

    static QString defaultAccent(); // "#1f6f8b"
    // "#rrggbb" in lower case; anything else is refused by the store.
    static bool isAccent(const QString &text);

    friend bool operator==(const ReportSettings &, const ReportSettings &) = default;
};

} // namespace sa
