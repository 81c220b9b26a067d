#include "xlsxsharedstrings.h"

#include "xlsxarchive.h"
#include "xlsxxml.h"

namespace sa {

Expected<XlsxSharedStrings>
XlsxSharedStrings::read(XlsxArchive &archive, const QString &part, qsizetype maxStrings)
{
    XlsxSharedStrings table;
    if (part.isEmpty() || !archive.contains(part))
        return table;
    const Status read = archive.parseXml(part, [&](QXmlStreamReader &xml) {
        while (XlsxXml::next(xml)) {
            if (!xml.isStartElement() || xml.name() != u"si")
                continue;
            if (qsizetype(table.spans.size()) == maxStrings) {
                xml.raiseError(u"more than " + QString::number(maxStrings) + u" shared strings");
                return;
            }
            const QString item = XlsxXml::richText(xml);
            table.spans.push_back(Span{quint32(table.text.size()), quint32(item.size())});
            table.text += item;
        }
    });
    if (!read)
        return read.error();
    return table;
}

} // namespace sa
