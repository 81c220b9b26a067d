#include "xlsxcellref.h"

#include <algorithm>

namespace sa {

int XlsxCellRef::parseColumn(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return 0;
    int column = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return 0;
        column = column * 26 + (u - u'A' + 1);
    }
    return column <= kMaxColumn ? column : 0;
}

XlsxCellRef XlsxCellRef::parse(QStringView text)
{
    qsizetype letters = 0;
    while (letters < text.size() && text[letters].isLetter())
        ++letters;
    const QStringView digits = text.sliced(letters);
    if (digits.isEmpty() || digits.size() > 7 || digits.front() == u'0')
        return {};
    int row = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return {};
        row = row * 10 + (c.unicode() - u'0');
    }
    const int column = parseColumn(text.first(letters));
    if (column == 0 || row > kMaxRow)
        return {};
    return XlsxCellRef{row, column};
}

QString XlsxCellRef::columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString XlsxCellRef::name(int row, int column)
{
    return columnName(column) + QString::number(row);
}

QString XlsxCellRef::quotedSheet(const QString &sheet)
{
    const bool plain = !sheet.isEmpty() && !sheet.front().isDigit()
                       && std::all_of(sheet.begin(), sheet.end(), [](QChar c) {
                              return c.isLetterOrNumber() || c == u'_' || c == u'.';
                          });
    if (plain)
        return sheet;
    QString quoted = sheet;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString XlsxCellRef::location(const QString &file, const QString &sheet, int row, int column)
{
    return file + u':' + quotedSheet(sheet) + u'!' + name(row, column);
}

} // namespace sa
