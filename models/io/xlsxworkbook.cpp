#include "xlsxworkbook.h"

#include "xlsxarchive.h"
#include "xlsxxml.h"

namespace sa {

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

// OPC keeps a part's relationships in _rels/<part name>.rels beside it.
QString relationshipsOf(const QString &part)
{
    return folderOf(part) + u"_rels/" + part.sliced(part.lastIndexOf(u'/') + 1) + u".rels";
}

bool hasType(const Relationship &r, QStringView kind)
{
    return r.type.endsWith(kind) && r.type.chopped(kind.size()).endsWith(u'/');
}

Expected<std::vector<Relationship>> readRelationships(XlsxArchive &archive, const QString &part)
{
    std::vector<Relationship> relationships;
    if (!archive.contains(part))
        return relationships;
    const QString folder = folderOf(folderOf(part).chopped(1)); // the _rels folder's parent
    const Status read = archive.parseXml(part, [&](QXmlStreamReader &xml) {
        while (XlsxXml::next(xml)) {
            if (!xml.isStartElement() || xml.name() != u"Relationship"
                || XlsxXml::attribute(xml, u"TargetMode") == u"External")
                continue;
            relationships.push_back(
                Relationship{XlsxXml::attribute(xml, u"Id").toString(),
                             XlsxXml::attribute(xml, u"Type").toString(),
                             XlsxWorkbook::resolve(folder, XlsxXml::attribute(xml, u"Target"))});
        }
    });
    if (!read)
        return read.error();
    return relationships;
}

} // namespace

QString XlsxWorkbook::resolve(const QString &folder, QStringView target)
{
    const QString path = target.startsWith(u'/') ? target.sliced(1).toString() : folder + target;
    QStringList parts;
    for (const QString &segment : path.split(u'/')) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (!segment.isEmpty() && segment != u".") {
            parts << segment;
        }
    }
    return parts.join(u'/');
}

Expected<XlsxWorkbook> XlsxWorkbook::read(XlsxArchive &archive)
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    Expected<std::vector<Relationship>> package
        = readRelationships(archive, QStringLiteral("_rels/.rels"));
    if (!package)
        return package.error();
    for (const Relationship &r : *package) {
        if (hasType(r, u"officeDocument")) {
            workbookPart = r.target;
            break;
        }
    }
    if (workbookPart.endsWith(u".bin", Qt::CaseInsensitive)) {
        return Error::badInput(archive.displayName() + u": not an XLSX workbook: this is a binary "
                               + u"workbook (.xlsb); save it as .xlsx or as CSV");
    }
    if (!archive.contains(workbookPart)) {
        return Error::badInput(archive.displayName() + u": not an XLSX workbook: it has no "
                               + u"workbook part (" + workbookPart + u')');
    }

    XlsxWorkbook workbook;
    if (Status read = workbook.readWorkbook(archive, workbookPart); !read)
        return read.error();
    Expected<std::vector<Relationship>> links
        = readRelationships(archive, relationshipsOf(workbookPart));
    if (!links)
        return links.error();
    for (XlsxSheetInfo &sheet : workbook.m_sheets) {
        const QString id = std::exchange(sheet.part, QString());
        for (const Relationship &r : *links) {
            if (r.id == id) {
                sheet.part = r.target;
                sheet.worksheet = hasType(r, u"worksheet");
            }
        }
    }
    for (const Relationship &r : *links) {
        if (hasType(r, u"sharedStrings"))
            workbook.m_sharedStrings = r.target;
        else if (hasType(r, u"styles"))
            workbook.m_styles = r.target;
    }
    if (workbook.m_sheets.empty())
        return Error::badInput(archive.displayName() + u": the workbook has no sheets");
    return workbook;
}

Status XlsxWorkbook::readWorkbook(XlsxArchive &archive, const QString &part)
{
    return archive.parseXml(part, [&](QXmlStreamReader &xml) {
        while (XlsxXml::next(xml)) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView on = XlsxXml::attribute(xml, u"date1904");
                m_date1904 = on == u"1" || on == u"true";
            } else if (xml.name() == u"sheet") {
                const QStringView state = XlsxXml::attribute(xml, u"state");
                // The relationship id waits in part until the relationships are read.
                m_sheets.push_back(XlsxSheetInfo{XlsxXml::attribute(xml, u"name").toString(),
                                                 XlsxXml::attribute(xml, u"id").toString(),
                                                 true,
                                                 state != u"hidden" && state != u"veryHidden"});
            }
        }
    });
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheetInfo &sheet : m_sheets)
        names << sheet.name;
    return names;
}

Expected<XlsxSheetInfo> XlsxWorkbook::sheet(const QString &name, const QString &displayName) const
{
    const XlsxSheetInfo *found = nullptr;
    if (name.isEmpty()) {
        for (const XlsxSheetInfo &s : m_sheets) {
            if (s.worksheet && (!found || (s.visible && !found->visible)))
                found = &s;
        }
        if (!found)
            return Error::badInput(displayName + u": the workbook has no worksheet, only charts");
    } else {
        for (const XlsxSheetInfo &s : m_sheets) {
            if (!found && s.name.compare(name, Qt::CaseInsensitive) == 0)
                found = &s;
        }
        if (!found) {
            return Error::badInput(displayName + u": no sheet named \"" + name
                                   + u"\"; the workbook has: " + sheetNames().join(u", "));
        }
        if (!found->worksheet)
            return Error::badInput(displayName + u": sheet \"" + found->name
                                   + u"\" is a chart, not a worksheet");
    }
    if (found->part.isEmpty()) {
        return Error::badInput(displayName + u": sheet \"" + found->name
                               + u"\" has no part (the workbook's relationships are broken)");
    }
    return *found;
}

} // namespace sa
