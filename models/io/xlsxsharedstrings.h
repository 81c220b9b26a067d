#pragma once

#include "domain/result.h"

#include <QString>

#include <vector>

namespace sa {

class XlsxArchive;

// The workbook's shared-string table (sharedStrings.xml), which text cells index into
// (t="s"). The strings are kept as spans of one buffer, and that buffer becomes the
// start of the sheet's CsvRecords text, so a cell that uses a shared string costs a span,
// not a copy. Rich-text items keep their runs' text joined and lose their formatting;
// phonetic guides are left out. The declared count is not trusted; maxStrings is.
struct XlsxSharedStrings
{
    struct Span
    {
        quint32 offset = 0;
        quint32 size = 0;
    };

    QString text;
    std::vector<Span> spans;

    // An empty part name gives an empty table.
    static Expected<XlsxSharedStrings>
    read(XlsxArchive &archive, const QString &part, qsizetype maxStrings);
};

} // namespace sa
