#include "xlsxstyles.h"

#include "xlsxarchive.h"
#include "xlsxxml.h"

#include <QHash>

namespace sa {

Expected<XlsxStyles> XlsxStyles::read(XlsxArchive &archive, const QString &part)
{
    XlsxStyles styles;
    if (part.isEmpty() || !archive.contains(part))
        return styles;
    QHash<int, QString> codes;
    std::vector<int> formatIds;
    const Status read = archive.parseXml(part, [&](QXmlStreamReader &xml) {
        bool inCellXfs = false;
        while (XlsxXml::next(xml)) {
            if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"numFmt") {
                codes.insert(XlsxXml::attribute(xml, u"numFmtId").toInt(),
                             XlsxXml::attribute(xml, u"formatCode").toString());
            } else if (inCellXfs && xml.name() == u"xf") {
                formatIds.push_back(XlsxXml::attribute(xml, u"numFmtId").toInt());
            }
        }
    });
    if (!read)
        return read.error();
    styles.m_kinds.reserve(formatIds.size());
    for (const int id : formatIds) {
        const auto code = codes.constFind(id);
        styles.m_kinds.push_back(code != codes.cend() ? XlsxDateFormat::fromCode(*code)
                                                      : XlsxDateFormat::builtIn(id));
    }
    return styles;
}

XlsxDateFormat::Kind XlsxStyles::dateKind(int styleIndex) const
{
    if (styleIndex < 0 || size_t(styleIndex) >= m_kinds.size())
        return XlsxDateFormat::Kind::None;
    return m_kinds[size_t(styleIndex)];
}

} // namespace sa
