#include "nametoken.h"

#include <algorithm>
#include <cstring>

namespace sa {

namespace {

constexpr quint64 Seed = 14695981039346656037ull;
constexpr quint64 Multiplier = 0x9e3779b97f4a7c15ull;

// Hashes a stream of UTF-16 code units four at a time, whatever pieces it comes in: the
// hash of "mail" then "chimp" is the hash of "mailchimp".
class StreamHash
{
public:
    void add(QStringView text)
    {
        const char16_t *p = text.utf16();
        qsizetype n = text.size();
        m_length += quint64(n);
        while (n > 0 && m_filled != 0) {
            push(*p++);
            --n;
        }
        for (; n >= 4; n -= 4, p += 4) {
            quint64 block;
            std::memcpy(&block, p, sizeof block);
            mix(block);
        }
        while (n-- > 0)
            push(*p++);
    }
    quint64 finish()
    {
        if (m_filled)
            mix(m_block);
        quint64 h = m_state ^ m_length;
        h ^= h >> 33; // MurmurHash3's finalizer
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 33);
    }

private:
    void push(char16_t u)
    {
        m_block |= quint64(u) << (16 * m_filled);
        if (++m_filled == 4)
            mix(m_block);
    }
    void mix(quint64 block)
    {
        m_state = (m_state ^ block) * Multiplier;
        m_state ^= m_state >> 29;
        m_block = 0;
        m_filled = 0;
    }

    quint64 m_state = Seed;
    quint64 m_block = 0;
    quint64 m_length = 0;
    int m_filled = 0;
};

bool isAsciiAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Letters NFKD leaves alone but people spell with ASCII.
QStringView asciiSpelling(char16_t u)
{
    switch (u) {
    case u'\u00df':
        return u"ss";
    case u'\u00e6':
    case u'\u00c6':
        return u"ae";
    case u'\u0153':
    case u'\u0152':
        return u"oe";
    case u'\u00f8':
    case u'\u00d8':
        return u"o";
    case u'\u0142':
    case u'\u0141':
        return u"l";
    case u'\u0111':
    case u'\u0110':
        return u"d";
    case u'\u0131':
        return u"i";
    case u'\u00fe':
    case u'\u00de':
        return u"th";
    default:
        return {};
    }
}

// Words as offsets into the buffer while it still grows; views once it is complete.
struct Span
{
    qsizetype from = 0, length = 0;
    int segment = 0;
    bool bracketed = false, afterDot = false, shouted = false;
};

// Writes folded letters straight into the buffer: QString::append per letter would cost
// more than the rest of the folding together.
class Folder
{
public:
    Folder(QString &buffer, std::vector<Span> &spans, qsizetype capacity)
        : m_buffer(buffer)
        , m_spans(spans)
    {
        m_spans.clear();
        if (m_buffer.size() < capacity) // never shrunk: reused names keep their buffer
            m_buffer.resize(capacity);
        m_out = m_buffer.data();
    }

    // A run of ASCII letters and digits from text[i]; returns where it ends.
    qsizetype letters(QStringView text, qsizetype i, bool afterDot)
    {
        start(afterDot);
        QChar *out = m_out + m_length;
        const qsizetype from = i, n = text.size();
        for (; i < n; ++i) {
            char16_t u = text[i].unicode();
            if (u >= u'a' && u <= u'z') {
                ++m_lower;
            } else if (u >= u'A' && u <= u'Z') {
                ++m_upper;
                u += 32;
            } else if (!(u >= u'0' && u <= u'9')) {
                break;
            }
            *out++ = QChar(u);
        }
        m_hasLowerCase = m_hasLowerCase || m_lower > 0;
        m_length += i - from;
        return i;
    }
    void foreign(QChar c, bool afterDot);
    void word(QStringView text)
    {
        flush();
        const qsizetype from = m_length;
        append(text);
        m_spans.push_back({from, text.size(), m_segment, m_depth > 0, false, false});
    }
    void flush()
    {
        if (m_inWord && m_length > m_from)
            m_spans.push_back({m_from,
                               m_length - m_from,
                               m_segment,
                               m_depth > 0,
                               m_afterDot,
                               m_upper >= 2 && m_lower == 0});
        m_inWord = false;
    }
    void nextSegment()
    {
        flush();
        if (!m_spans.empty() && m_spans.back().segment == m_segment)
            ++m_segment;
    }
    void open()
    {
        flush();
        ++m_depth;
    }
    void close()
    {
        flush();
        m_depth = m_depth > 0 ? m_depth - 1 : 0;
    }
    bool hasLowerCase() const { return m_hasLowerCase; }
    void finish();

private:
    void start(bool afterDot)
    {
        if (m_inWord)
            return;
        m_inWord = true;
        m_from = m_length;
        m_afterDot = afterDot;
        m_upper = m_lower = 0;
    }
    void append(QStringView text)
    {
        if (m_length + text.size() > m_buffer.size()) {
            m_buffer.resize(std::max(m_buffer.size() * 2, m_length + text.size()));
            m_out = m_buffer.data();
        }
        for (const QChar c : text)
            m_out[m_length++] = c;
    }

    QString &m_buffer;
    std::vector<Span> &m_spans;
    QChar *m_out = nullptr;
    qsizetype m_length = 0, m_from = 0;
    int m_segment = 0, m_depth = 0, m_upper = 0, m_lower = 0;
    bool m_inWord = false, m_afterDot = false, m_hasLowerCase = false;
};

void Folder::foreign(QChar c, bool afterDot)
{
    start(afterDot);
    if (c.isUpper()) {
        ++m_upper;
    } else if (c.isLower()) {
        ++m_lower;
        m_hasLowerCase = true;
    }
    if (const QStringView ascii = asciiSpelling(c.unicode()); !ascii.isEmpty()) {
        append(ascii);
        return;
    }
    QString folded;
    for (const QChar d : QString(c).normalized(QString::NormalizationForm_KD)) {
        if (d.isMark())
            continue;
        if (isAsciiAlnum(d.unicode()))
            folded += d.toLower();
        else if (d.isLetterOrNumber())
            folded += d.toCaseFolded();
    }
    append(folded);
}

void Folder::finish()
{
    flush();
    // Dotted initials are one word: "S.A." -> "sa". Their letters are adjacent in the
    // buffer, so the spans merge.
    size_t kept = 0;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        const bool initial = s.length == 1 && QChar(m_buffer[s.from]).isLetter();
        if (initial && s.afterDot && kept > 0 && m_spans[kept - 1].length <= 3
            && m_spans[kept - 1].from + m_spans[kept - 1].length == s.from
            && QChar(m_buffer[s.from - 1]).isLetter()) {
            m_spans[kept - 1].length += 1;
            continue;
        }
        m_spans[kept++] = s;
    }
    m_spans.resize(kept);
}

} // namespace

FoldedName::FoldedName(QStringView text)
{
    assign(text);
}

void FoldedName::assign(QStringView text)
{
    m_words.clear();
    thread_local std::vector<Span> spans;
    Folder f(m_buffer, spans, text.size() + 8);
    const qsizetype n = text.size();
    bool dotJoins = false; // the previous character was a '.' between letters or digits
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        const bool afterDot = dotJoins;
        dotJoins = false;
        if (isAsciiAlnum(u)) {
            i = f.letters(text, i, afterDot) - 1;
            continue;
        }
        switch (u) {
        case u' ':
            f.flush();
            continue;
        case u'\'':
        case u'\u2019':
            continue; // "Raiser's" -> "raisers"
        case u'.':
            f.flush();
            dotJoins = i > 0 && text[i - 1].isLetterOrNumber() && i + 1 < n
                       && text[i + 1].isLetterOrNumber();
            continue;
        case u'&':
            f.word(u"and");
            continue;
        case u'+':
            f.word(u"plus");
            continue;
        case u'(':
        case u'[':
        case u'{':
            f.open();
            continue;
        case u')':
        case u']':
        case u'}':
            f.close();
            continue;
        case u'|':
        case u';':
        case u'\u2013':
        case u'\u2014':
        case u'\u2015':
            f.nextSegment();
            continue;
        case u':':
            if (i + 1 == n || text[i + 1].isSpace())
                f.nextSegment();
            else
                f.flush();
            continue;
        case u'-': // "Act-On" is one name, "monday.com - Work OS" two parts
            if ((i > 0 && text[i - 1].isSpace()) || (i + 1 < n && text[i + 1].isSpace()))
                f.nextSegment();
            else
                f.flush();
            continue;
        default:
            break;
        }
        if (u >= 128 && c.isMark())
            continue;
        if (u >= 128 && c.isLetterOrNumber())
            f.foreign(c, afterDot);
        else
            f.flush();
    }
    f.finish();
    m_hasLowerCase = f.hasLowerCase();
    m_words.reserve(spans.size());
    const QStringView all(m_buffer); // longer than the words: the buffer is reused
    for (const Span &s : spans) {
        const QStringView w = all.mid(s.from, s.length);
        m_words.push_back({w, wordHash(w), s.segment, s.bracketed, s.afterDot, s.shouted});
    }
}

quint64 wordHash(QStringView word)
{
    StreamHash h;
    h.add(word);
    return h.finish();
}

quint64 joinedHash(const NameWords &words, size_t from, size_t count)
{
    // From the words' own hashes: a sequence of words, not of letters.
    quint64 h = Seed;
    for (size_t i = from; i < from + count; ++i) {
        h = (h ^ words[i].hash) * Multiplier;
        h ^= h >> 31;
    }
    return h;
}

quint64 joinedHash(const NameWords &words)
{
    return joinedHash(words, 0, words.size());
}

quint64 compactHash(const NameWords &words, size_t from)
{
    StreamHash h;
    for (size_t i = from; i < words.size();) {
        // Words next to each other in the folded buffer are hashed as one piece.
        const char16_t *begin = words[i].text.utf16();
        const char16_t *end = begin + words[i].text.size();
        for (++i; i < words.size() && words[i].text.utf16() == end; ++i)
            end += words[i].text.size();
        h.add(QStringView(begin, end - begin));
    }
    return h.finish();
}

QString joinedText(const NameWords &words)
{
    QString out;
    for (const NameToken &w : words) {
        if (!out.isEmpty())
            out += u' ';
        out += w.text;
    }
    return out;
}

} // namespace sa
