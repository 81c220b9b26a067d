#include "recordfile.h"

#include <QStringDecoder>

namespace sa {

const RecordField *Record::field(QStringView key) const
{
    for (const RecordField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString Record::value(QStringView key) const
{
    const RecordField *f = field(key);
    return f ? f->value : QString();
}

std::vector<const RecordField *> Record::all(QStringView key) const
{
    std::vector<const RecordField *> out;
    for (const RecordField &f : fields) {
        if (f.key == key)
            out.push_back(&f);
    }
    return out;
}

QString Record::where(const RecordField *f) const
{
    if (!f)
        return file + u':' + QString::number(line) + u":1";
    return file + u':' + QString::number(f->line) + u':' + QString::number(f->column);
}

bool isValidSlug(QStringView slug)
{
    if (slug.isEmpty() || slug.front() == u'-' || slug.back() == u'-')
        return false;
    QChar previous;
    for (const QChar c : slug) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok || (c == u'-' && previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

namespace {

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

int leadingSpaces(QStringView text)
{
    int n = 0;
    while (n < text.size() && text[n].isSpace())
        ++n;
    return n;
}

} // namespace

RecordFileResult parseRecords(const QByteArray &text, const QString &displayName)
{
    RecordFileResult result;
    auto fail = [&](int line, int column, const QString &what) {
        result.errors << displayName + u':' + QString::number(line) + u':' + QString::number(column)
                             + u": " + what;
    };

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        fail(1, 1, QStringLiteral("the file is not valid UTF-8"));
        return result;
    }

    const QStringList lines = decoded.split(u'\n');
    Record *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QStringView line = QStringView(lines[i]);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int firstColumn = leadingSpaces(line) + 1;

        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']')) {
                fail(lineNo, firstColumn + int(trimmed.size()), QStringLiteral("expected ']' to close the record name"));
                continue;
            }
            const QString slug = trimmed.mid(1, trimmed.size() - 2).trimmed().toString();
            if (!isValidSlug(slug)) {
                fail(lineNo, firstColumn + 1,
                     u"'" + slug + u"' is not a valid slug (lower-case letters, digits and single dashes)");
            }
            result.records.push_back(Record{slug, displayName, lineNo, {}});
            current = &result.records.back();
            continue;
        }

        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0) {
            fail(lineNo, firstColumn, QStringLiteral("expected 'key = value' or '[slug]'"));
            continue;
        }
        const QString key = line.left(eq).trimmed().toString();
        bool keyOk = !key.isEmpty();
        for (const QChar c : key)
            keyOk = keyOk && isKeyChar(c);
        if (!keyOk) {
            fail(lineNo, firstColumn, u"'" + key + u"' is not a valid key");
            continue;
        }
        if (!current) {
            fail(lineNo, firstColumn, QStringLiteral("a field before the first [slug] line"));
            continue;
        }
        const QStringView rest = line.mid(eq + 1);
        const QStringView value = rest.trimmed();
        const int valueColumn = int(eq) + 2 + leadingSpaces(rest);
        current->fields.push_back(RecordField{key, value.toString(), lineNo, valueColumn});
    }
    return result;
}

} // namespace sa
