#include "xlsxxml.h"

namespace sa {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

bool XlsxXml::next(QXmlStreamReader &xml)
{
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(QStringLiteral("a DOCTYPE declaration is not allowed in a workbook "
                                      "part (it could define expanding entities)"));
    }
    return !xml.atEnd() && !xml.hasError();
}

QString XlsxXml::text(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

QString XlsxXml::richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (next(xml)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    return unescape(std::move(text));
}

QStringView XlsxXml::attribute(const QXmlStreamReader &xml, QStringView name)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

QString XlsxXml::unescape(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    while (at >= 0 && at + 7 <= text.size()) {
        int code = 0;
        bool hex = text[at + 6] == u'_';
        for (qsizetype i = at + 2; hex && i < at + 6; ++i) {
            const int v = hexValue(text[i]);
            hex = v >= 0;
            code = code * 16 + v;
        }
        if (hex) {
            text.replace(at, 7, QChar(char16_t(code)));
            at = text.indexOf(u"_x", at + 1);
        } else {
            at = text.indexOf(u"_x", at + 1);
        }
    }
    return text;
}

QString XlsxXml::errorMessage(const QXmlStreamReader &xml, const QString &part)
{
    const QString where = part + u':' + QString::number(xml.lineNumber()) + u':'
                          + QString::number(xml.columnNumber()) + u": ";
    if (xml.error() == QXmlStreamReader::CustomError)
        return where + xml.errorString();
    return where + u"malformed XML: " + xml.errorString();
}

} // namespace sa
