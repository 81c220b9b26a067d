#include "csvparser.h"

namespace sa {

namespace {

bool isLowSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xDC00;
}

bool isForbiddenControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}

QString controlMessage(char16_t c)
{
    return u"invalid control character U+"
           + QString::number(c, 16).toUpper().rightJustified(4, u'0')
           + u"; this does not look like a CSV text file";
}

// Position bookkeeping of the scan: the physical line, where it starts, and how many low
// surrogates precede the scan point on it (a surrogate pair is one character, one column).
struct Cursor
{
    quint32 line = 1;
    qsizetype lineStart = 0;
    qsizetype lowSurrogates = 0;

    quint32 column(qsizetype at) const { return quint32(at - lineStart - lowSurrogates + 1); }
    // Steps over the line break at s[i] ("\r\n", "\n" or "\r"); returns its length.
    qsizetype newline(const char16_t *s, qsizetype i, qsizetype n)
    {
        const qsizetype len = (s[i] == u'\r' && i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
        ++line;
        lineStart = i + len;
        lowSurrogates = 0;
        return len;
    }
};

} // namespace

CsvParser::CsvParser(QChar delimiter, int maxColumns, int maxIssues)
    : m_delimiter(delimiter.unicode())
    , m_maxColumns(maxColumns)
    , m_maxIssues(maxIssues)
{
}

void CsvParser::addIssue(quint32 line, quint32 column, QString message, qsizetype record)
{
    if (int(m_issues.size()) < m_maxIssues || record < 0)
        m_issues.push_back(CsvIssue{int(line), int(column), std::move(message), record});
}

CsvLineEnding CsvParser::lineEnding() const
{
    const int kinds = (m_lf > 0) + (m_crlf > 0) + (m_cr > 0);
    if (kinds == 0)
        return CsvLineEnding::None;
    if (kinds > 1)
        return CsvLineEnding::Mixed;
    return m_lf ? CsvLineEnding::Lf : m_crlf ? CsvLineEnding::CrLf : CsvLineEnding::Cr;
}

bool CsvParser::parse(QString text, CsvRecords *out)
{
    out->text = std::move(text);
    out->cells.clear();
    out->records.clear();
    const char16_t *s = reinterpret_cast<const char16_t *>(out->text.constData());
    const qsizetype n = out->text.size();
    const char16_t delim = m_delimiter;
    const auto isBlank = [delim](char16_t c) {
        return c == u' ' || (c == u'\t' && delim != u'\t');
    };

    QString unescaped; // quoted fields whose text differs from the file's
    std::vector<size_t> unescapedCells;
    Cursor cur;
    qsizetype pos = 0;

    while (pos < n) {
        const size_t firstCell = out->cells.size();
        const auto record = qsizetype(out->records.size());
        for (;;) {
            qsizetype p = pos;
            while (p < n && isBlank(s[p]))
                ++p;
            if (p < n && s[p] == u'"') {
                const quint32 openLine = cur.line;
                const quint32 openColumn = cur.column(p);
                qsizetype q = p + 1;
                const qsizetype contentStart = q;
                bool needsCopy = false;
                for (;;) {
                    if (q >= n) {
                        addIssue(
                            openLine,
                            openColumn,
                            QStringLiteral(
                                "unterminated quoted field: the quote opened here is never closed"),
                            -1);
                        return false;
                    }
                    const char16_t c = s[q];
                    if (c > u'"') { // most characters: only surrogates need counting
                        cur.lowSurrogates += isLowSurrogate(c);
                        ++q;
                        continue;
                    }
                    if (c == u'"') {
                        if (q + 1 < n && s[q + 1] == u'"') {
                            needsCopy = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == u'\n' || c == u'\r') {
                        needsCopy = needsCopy || c == u'\r';
                        q += cur.newline(s, q, n);
                        continue;
                    }
                    if (isForbiddenControl(c)) {
                        addIssue(cur.line, cur.column(q), controlMessage(c), -1);
                        return false;
                    }
                    cur.lowSurrogates += isLowSurrogate(c);
                    ++q;
                }
                const qsizetype contentEnd = q++;
                while (q < n && isBlank(s[q]))
                    ++q;
                if (q < n && s[q] != delim && s[q] != u'\n' && s[q] != u'\r') {
                    addIssue(
                        cur.line,
                        cur.column(q),
                        QStringLiteral("text after the closing quote of a quoted field (quote the "
                                       "whole field and double the quotes inside it)"),
                        record);
                    while (q < n && s[q] != delim && s[q] != u'\n' && s[q] != u'\r') {
                        if (isForbiddenControl(s[q])) {
                            addIssue(cur.line, cur.column(q), controlMessage(s[q]), -1);
                            return false;
                        }
                        cur.lowSurrogates += isLowSurrogate(s[q]);
                        ++q;
                    }
                }
                CsvRecords::Cell cell{quint32(contentStart),
                                      quint32(contentEnd - contentStart),
                                      openLine,
                                      openColumn};
                if (needsCopy) {
                    // Copy runs between escapes: "" becomes ", CRLF and CR become LF.
                    cell.offset = quint32(unescaped.size());
                    qsizetype run = contentStart;
                    for (qsizetype i = contentStart; i < contentEnd; ++i) {
                        const char16_t c = s[i];
                        if (c != u'"' && c != u'\r')
                            continue;
                        unescaped.append(QStringView(s + run, i - run));
                        unescaped += c == u'"' ? u'"' : u'\n';
                        if (i + 1 < contentEnd && s[i + 1] == (c == u'"' ? u'"' : u'\n'))
                            ++i;
                        run = i + 1;
                    }
                    unescaped.append(QStringView(s + run, contentEnd - run));
                    cell.size = quint32(unescaped.size() - cell.offset);
                    unescapedCells.push_back(out->cells.size());
                }
                cell.size |= CsvRecords::kQuotedBit;
                out->cells.push_back(cell);
                pos = q;
            } else {
                const quint32 column = cur.column(pos);
                qsizetype q = pos;
                bool reported = false;
                for (; q < n; ++q) {
                    const char16_t c = s[q];
                    if (c > u'"' && c != delim) { // most characters
                        cur.lowSurrogates += isLowSurrogate(c);
                        continue;
                    }
                    if (c == delim || c == u'\n' || c == u'\r')
                        break;
                    if (c == u'"') {
                        if (!reported)
                            addIssue(
                                cur.line,
                                cur.column(q),
                                QStringLiteral("stray quote in an unquoted field (quote the whole "
                                               "field and double the quotes inside it)"),
                                record);
                        reported = true;
                    } else if (isForbiddenControl(c)) {
                        addIssue(cur.line, cur.column(q), controlMessage(c), -1);
                        return false;
                    }
                }
                out->cells.push_back(
                    CsvRecords::Cell{quint32(pos), quint32(q - pos), cur.line, column});
                pos = q;
            }

            if (out->cells.size() - firstCell > size_t(m_maxColumns)) {
                const CsvRecords::Cell &last = out->cells.back();
                addIssue(last.line,
                         last.column,
                         u"more than " + QString::number(m_maxColumns) + u" fields in one row",
                         -1);
                return false;
            }
            if (pos < n && s[pos] == delim) {
                ++pos;
                continue; // a delimiter at the very end still opens an (empty) last field
            }
            break;
        }

        CsvRecords::Record rec{
            quint32(firstCell), quint32(out->cells.size() - firstCell), cur.line, cur.column(pos)};
        if (pos < n) {
            const qsizetype len = cur.newline(s, pos, n);
            (len == 2 ? m_crlf : s[pos] == u'\r' ? m_cr : m_lf) += 1;
            pos += len;
        }
        bool blank = true;
        for (size_t i = firstCell; i < out->cells.size() && blank; ++i)
            blank = out->cells[i].length() == 0;
        if (blank)
            out->cells.resize(firstCell);
        else
            out->records.push_back(rec);
    }

    if (!unescapedCells.empty()) {
        const auto base = quint32(out->text.size());
        out->text += unescaped;
        for (size_t i : unescapedCells)
            out->cells[i].offset += base;
    }
    return true;
}

} // namespace sa
