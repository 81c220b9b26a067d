#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace sa {

// The few things every XLSX part parser needs from QXmlStreamReader. next() is the only
// way the parsers advance: it refuses a document type declaration the moment it is read,
// before any entity it declares could be expanded (billion laughs); workbook parts never
// have one. QXmlStreamReader itself never fetches external entities.
class XlsxXml
{
public:
    // readNext(); false at the end of the document or on an error (also a DOCTYPE).
    static bool next(QXmlStreamReader &xml);
    // The text of the current element, children's text included (rich-text runs).
    static QString text(QXmlStreamReader &xml);
    // The text of a string item (<si>, <is>) the reader is on: its <t>, or its rich-text
    // runs' <t> joined, without phonetic guides (<rPh>); the reader ends on its end tag.
    static QString richText(QXmlStreamReader &xml);
    // The attribute with this local name in any namespace, or in none.
    static QStringView attribute(const QXmlStreamReader &xml, QStringView name);
    // Undoes OOXML's _xHHHH_ escapes ("_x000D_" is a carriage return).
    static QString unescape(QString text);
    // A message for xml.error(), with the position: "PART:LINE:COLUMN: what".
    static QString errorMessage(const QXmlStreamReader &xml, const QString &part);
};

} // namespace sa
