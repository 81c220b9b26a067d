#pragma once

#include "domain/result.h"
#include "xlsxdateformat.h"

#include <QString>

#include <vector>

namespace sa {

class XlsxArchive;

// What the reader needs from styles.xml: for each cell style index (a cell's s="N"),
// whether its number format shows a date or a time. Custom formats (<numFmts>) are
// judged by their format code, built-in ones by their id; cellStyleXfs, fonts, fills
// and borders are not needed and not kept.
class XlsxStyles
{
public:
    // An empty part name gives styles where nothing is a date.
    static Expected<XlsxStyles> read(XlsxArchive &archive, const QString &part);

    XlsxDateFormat::Kind dateKind(int styleIndex) const;

private:
    std::vector<XlsxDateFormat::Kind> m_kinds;
};

} // namespace sa
