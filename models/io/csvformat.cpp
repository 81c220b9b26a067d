#include "csvformat.h"

namespace sa {

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252 (Latin-1)");
    }
    return QString();
}

QString csvDelimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return QStringLiteral("comma");
    if (delimiter == u';')
        return QStringLiteral("semicolon");
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(delimiter);
}

QString csvLineEndingName(CsvLineEnding ending)
{
    switch (ending) {
    case CsvLineEnding::None:
        return QStringLiteral("none");
    case CsvLineEnding::Lf:
        return QStringLiteral("LF");
    case CsvLineEnding::CrLf:
        return QStringLiteral("CRLF");
    case CsvLineEnding::Cr:
        return QStringLiteral("CR");
    case CsvLineEnding::Mixed:
        return QStringLiteral("mixed");
    }
    return QString();
}

} // namespace sa
