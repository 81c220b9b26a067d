#include "sqlscript.h"

namespace sa {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Walks the script once, tracking quotes, comments and, inside CREATE TRIGGER, the
// depth of BEGIN/CASE ... END blocks.
class ScriptSplitter
{
public:
    explicit ScriptSplitter(QStringView script)
        : m_s(script)
    {
    }

    QStringList split()
    {
        qsizetype i = 0;
        while (i < m_s.size()) {
            const QChar c = m_s[i];
            if (c == u'\'' || c == u'"' || c == u'`')
                i = skipQuoted(i, c);
            else if (c == u'[')
                i = skipQuoted(i, QChar(u']'));
            else if (c == u'-' && peek(i + 1) == u'-')
                i = skipLineComment(i);
            else if (c == u'/' && peek(i + 1) == u'*')
                i = skipBlockComment(i);
            else if (isWordChar(c))
                i = word(i);
            else if (c == u';' && m_depth == 0)
                i = endStatement(i);
            else
                ++i;
        }
        endStatement(m_s.size());
        return m_statements;
    }

private:
    QChar peek(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }

    qsizetype skipQuoted(qsizetype i, QChar close)
    {
        ++i;
        while (i < m_s.size()) {
            if (m_s[i] == close) {
                if (peek(i + 1) == close && close != u']') {
                    i += 2; // doubled quote inside the string
                    continue;
                }
                return i + 1;
            }
            ++i;
        }
        return i;
    }

    qsizetype skipLineComment(qsizetype i)
    {
        while (i < m_s.size() && m_s[i] != u'\n')
            ++i;
        return i;
    }

    qsizetype skipBlockComment(qsizetype i)
    {
        const qsizetype end = m_s.indexOf(u"*/", i + 2);
        return end < 0 ? m_s.size() : end + 2;
    }

    qsizetype word(qsizetype i)
    {
        qsizetype end = i;
        while (end < m_s.size() && isWordChar(m_s[end]))
            ++end;
        const QStringView w = m_s.sliced(i, end - i);
        if (m_words < 4) {
            // CREATE [TEMP|TEMPORARY] TRIGGER: only trigger bodies contain ';'.
            if (m_words == 0)
                m_isCreate = w.compare(u"CREATE", Qt::CaseInsensitive) == 0;
            else if (m_isCreate && w.compare(u"TRIGGER", Qt::CaseInsensitive) == 0)
                m_inTrigger = true;
            ++m_words;
        }
        if (m_inTrigger) {
            if (w.compare(u"BEGIN", Qt::CaseInsensitive) == 0
                || w.compare(u"CASE", Qt::CaseInsensitive) == 0)
                ++m_depth;
            else if (w.compare(u"END", Qt::CaseInsensitive) == 0 && m_depth > 0)
                --m_depth;
        }
        return end;
    }

    qsizetype endStatement(qsizetype i)
    {
        const QStringView statement = m_s.sliced(m_start, i - m_start).trimmed();
        if (hasCode(statement))
            m_statements << statement.toString();
        m_start = i + 1;
        m_words = 0;
        m_isCreate = false;
        m_inTrigger = false;
        m_depth = 0;
        return i + 1;
    }

    // False for text made only of comments and white space.
    static bool hasCode(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            if (text[i].isSpace()) {
                ++i;
            } else if (text.sliced(i).startsWith(u"--")) {
                const qsizetype nl = text.indexOf(u'\n', i);
                i = nl < 0 ? text.size() : nl + 1;
            } else if (text.sliced(i).startsWith(u"/*")) {
                const qsizetype end = text.indexOf(u"*/", i + 2);
                i = end < 0 ? text.size() : end + 2;
            } else {
                return true;
            }
        }
        return false;
    }

    QStringView m_s;
    QStringList m_statements;
    qsizetype m_start = 0;
    int m_words = 0;
    bool m_isCreate = false;
    bool m_inTrigger = false;
    int m_depth = 0;
};

} // namespace

QStringList splitSqlScript(QStringView script)
{
    return ScriptSplitter(script).split();
}

} // namespace sa
