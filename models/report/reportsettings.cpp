#include "reportsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

const char *const sectionKeys[kReportSectionCount]
    = {"summary", "stack", "overlaps", "gaps", "integrations", "plan", "comparisons", "method"};

} // namespace

QString reportSectionKey(ReportSection section)
{
    return QLatin1String(sectionKeys[int(section)]);
}

QString reportSectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return QCoreApplication::translate("sa::Report", "Executive summary");
    case ReportSection::Stack:
        return QCoreApplication::translate("sa::Report", "Current stack by category");
    case ReportSection::Overlaps:
        return QCoreApplication::translate("sa::Report", "Overlaps and redundant spend");
    case ReportSection::Gaps:
        return QCoreApplication::translate("sa::Report", "Gaps");
    case ReportSection::Integrations:
        return QCoreApplication::translate("sa::Report", "Integration map");
    case ReportSection::Plan:
        return QCoreApplication::translate("sa::Report", "Recommended plan");
    case ReportSection::Comparisons:
        return QCoreApplication::translate("sa::Report", "Vendor comparisons");
    case ReportSection::Method:
        return QCoreApplication::translate("sa::Report", "Method and definitions");
    }
    return QString();
}

bool parseReportSection(const QString &key, ReportSection *section)
{
    for (int i = 0; i < kReportSectionCount; ++i) {
        if (key == QLatin1String(sectionKeys[i])) {
            *section = ReportSection(i);
            return true;
        }
    }
    return false;
}

QString paperSizeKey(PaperSize paper)
{
    return paper == PaperSize::Letter ? u"letter"_s : u"a4"_s;
}

bool parsePaperSize(const QString &key, PaperSize *paper)
{
    if (key != u"a4" && key != u"letter")
        return false;
    *paper = key == u"letter" ? PaperSize::Letter : PaperSize::A4;
    return true;
}

QString ReportSettings::hiddenSections() const
{
    QStringList keys;
    for (int i = 0; i < kReportSectionCount; ++i) {
        if (!sections[size_t(i)])
            keys << reportSectionKey(ReportSection(i));
    }
    return keys.join(u',');
}

void ReportSettings::setHiddenSections(const QString &keys)
{
    sections.fill(true);
    for (const QString &key : keys.split(u',', Qt::SkipEmptyParts)) {
        ReportSection s;
        if (parseReportSection(key.trimmed(), &s))
            setIncluded(s, false);
    }
}

QString ReportSettings::defaultAccent()
{
    return u"#1f6f8b"_s;
}

bool ReportSettings::isAccent(const QString &text)
{
    static const QRegularExpression pattern(u"^#[0-9a-f]{6}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace sa
