#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

class XlsxArchive;

// One entry of the workbook's sheet list, with the part that holds it.
struct XlsxSheetInfo
{
    QString name;
    QString part;          // "xl/worksheets/sheet1.xml"; empty when the relationship is missing
    bool worksheet = true; // false for chart and dialog sheets, which hold no cells
    bool visible = true;
};

// The workbook's table of contents: the package relationships lead to the workbook part
// (usually xl/workbook.xml), which lists the sheets in tab order and says which date
// system the numbers use; the workbook's relationships map each sheet to its part and
// name the shared-strings and styles parts. Every path is resolved as OPC says (relative
// to the part that names it, or absolute from the package root).
class XlsxWorkbook
{
public:
    static Expected<XlsxWorkbook> read(XlsxArchive &archive);

    const std::vector<XlsxSheetInfo> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    bool date1904() const { return m_date1904; }
    const QString &sharedStringsPart() const { return m_sharedStrings; } // empty when none
    const QString &stylesPart() const { return m_styles; }

    // The worksheet called name (ignoring case); for an empty name the first visible
    // worksheet, else the first worksheet.
    Expected<XlsxSheetInfo> sheet(const QString &name, const QString &displayName) const;

    // "xl/" + "worksheets/sheet1.xml", "/xl/a.xml", "../b.xml" resolved from a folder.
    static QString resolve(const QString &folder, QStringView target);

private:
    Status readWorkbook(XlsxArchive &archive, const QString &part);

    std::vector<XlsxSheetInfo> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStrings;
    QString m_styles;
};

} // namespace sa
