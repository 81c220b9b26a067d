#include "csvwriter.h"

#include <QSaveFile>

namespace sa {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\u00A0';
}

} // namespace

CsvWriter::CsvWriter(CsvWriteOptions options)
    : m_options(options)
{
}

bool CsvWriter::needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u'\t' || cell.front() == u'\r')
        return true;
    for (const QChar c : cell) {
        if (!isBlank(c))
            return isFormulaStart(c);
    }
    return false;
}

QStringView CsvWriter::withoutFormulaGuard(QStringView cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && needsFormulaGuard(cell.sliced(1)))
        return cell.sliced(1);
    return cell;
}

void CsvWriter::appendField(QStringView cell)
{
    const bool guard = m_options.neutraliseFormulas && needsFormulaGuard(cell);
    bool quote = !cell.isEmpty() && (isBlank(cell.front()) || isBlank(cell.back()));
    for (qsizetype i = 0; i < cell.size() && !quote; ++i) {
        const QChar c = cell[i];
        quote = c == m_options.delimiter || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quote) {
        if (guard)
            m_text += u'\'';
        m_text += cell;
        return;
    }
    m_text += u'"';
    if (guard)
        m_text += u'\'';
    for (const QChar c : cell) {
        if (c == u'"')
            m_text += u'"';
        m_text += c;
    }
    m_text += u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += m_options.delimiter;
        appendField(cells[i]);
    }
    m_text += m_options.crlf ? QStringView(u"\r\n") : QStringView(u"\n");
}

QByteArray CsvWriter::bytes() const
{
    QByteArray out;
    if (m_options.utf8Bom)
        out = QByteArrayLiteral("\xEF\xBB\xBF");
    out += m_text.toUtf8();
    return out;
}

Status CsvWriter::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(path + u": cannot write the file: " + file.errorString());
    const QByteArray data = bytes();
    if (file.write(data) != data.size() || !file.commit())
        return Error::io(path + u": cannot write the file: " + file.errorString());
    return success();
}

} // namespace sa
