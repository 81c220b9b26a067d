#include "csvreader.h"

#include "csvdecoder.h"
#include "csvparser.h"
#include "csvsniffer.h"

#include <QFile>

#include <algorithm>

namespace sa {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024)) + u" MB";
}

// Where the text ends, counted like the parser counts (for errors after a valid prefix).
CsvPosition endOf(QStringView text)
{
    CsvPosition at{1, 1};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++at.line;
            at.column = 1;
        } else if (!c.isLowSurrogate()) {
            ++at.column;
        }
    }
    return at;
}

CsvReadResult
failure(const QString &where, const QString &what, Error::Kind kind = Error::Kind::BadInput)
{
    CsvReadResult result;
    result.errors << where + u": " + what;
    result.errorKind = kind;
    return result;
}

} // namespace

CsvReader::CsvReader(CsvReadOptions options)
    : m_options(std::move(options))
{
}

CsvReadResult CsvReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            path + u":1:1", u"cannot read the file: " + file.errorString(), Error::Kind::Io);
    if (file.size() > m_options.maxBytes)
        return failure(path + u":1:1", u"the file is larger than " + megabytes(m_options.maxBytes));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(
            path + u":1:1", u"cannot read the file: " + file.errorString(), Error::Kind::Io);
    return read(bytes, path);
}

CsvReadResult CsvReader::read(QByteArrayView bytes, const QString &displayName) const
{
    const auto where = [&](int line, int column) -> QString {
        return displayName + u':' + QString::number(line) + u':' + QString::number(column);
    };
    if (bytes.size() > m_options.maxBytes)
        return failure(where(1, 1), u"the file is larger than " + megabytes(m_options.maxBytes));

    CsvFormat format;
    format.encoding = m_options.encoding.value_or(CsvDecoder::detect(bytes));
    CsvDecodedText decoded = CsvDecoder::decode(bytes, format.encoding);
    if (!decoded.error.isEmpty()) {
        const CsvPosition at = endOf(decoded.text);
        return failure(where(at.line, at.column), decoded.error);
    }
    if (decoded.text.endsWith(u'\x1A')) // DOS end-of-file mark
        decoded.text.chop(1);

    format.delimiter = m_options.delimiter.isNull() ? CsvSniffer::detectDelimiter(decoded.text)
                                                    : m_options.delimiter;
    CsvParser parser(format.delimiter, m_options.maxColumns, m_options.maxErrors);
    CsvRecords records;
    const bool parsed = parser.parse(std::move(decoded.text), &records);
    format.lineEnding = parser.lineEnding();
    std::vector<CsvIssue> issues = parser.issues();

    qsizetype headerRecord = -1;
    if (parsed) {
        if (m_options.headerLine == 0) {
            headerRecord = CsvSniffer::detectHeader(records);
        } else if (m_options.headerLine > 0) {
            const auto it = std::find_if(
                records.records.begin(), records.records.end(), [&](const CsvRecords::Record &r) {
                    return int(records.cells[r.firstCell].line) == m_options.headerLine;
                });
            if (it == records.records.end())
                return failure(where(m_options.headerLine, 1),
                               QStringLiteral("no row starts on this line to use as the header"));
            headerRecord = it - records.records.begin();
        }
        // Problems in title lines above the header do not concern the table.
        std::erase_if(issues,
                      [&](const CsvIssue &i) { return i.record >= 0 && i.record < headerRecord; });

        if (headerRecord >= 0) {
            const quint32 width = records.records[size_t(headerRecord)].cellCount;
            for (size_t r = size_t(headerRecord) + 1; r < records.records.size(); ++r) {
                const CsvRecords::Record &rec = records.records[r];
                if (rec.cellCount <= width)
                    continue;
                const auto extra = records.cells.begin() + rec.firstCell;
                if (std::all_of(extra + width,
                                extra + rec.cellCount,
                                [](const CsvRecords::Cell &c) { return c.length() == 0; }))
                    continue;
                const CsvRecords::Cell &first = *(extra + width);
                issues.push_back(CsvIssue{int(first.line),
                                          int(first.column),
                                          u"too many fields: this row has "
                                              + QString::number(rec.cellCount)
                                              + u" but the header has " + QString::number(width)
                                              + u"; the first extra field starts here",
                                          qsizetype(r)});
                if (int(issues.size()) > 2 * m_options.maxErrors)
                    break;
            }
        }
    }

    CsvReadResult result;
    if (!issues.empty()) {
        std::stable_sort(issues.begin(), issues.end(), [](const CsvIssue &a, const CsvIssue &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        for (const CsvIssue &issue : issues) {
            if (result.errors.size() == m_options.maxErrors) {
                result.errors << where(issue.line, issue.column)
                                     + u": too many errors; stopped after "
                                     + QString::number(m_options.maxErrors);
                break;
            }
            result.errors << where(issue.line, issue.column) + u": " + issue.message;
        }
        return result;
    }
    result.table = CsvTable(displayName, format, std::move(records), headerRecord);
    return result;
}

} // namespace sa
