#include "csvsniffer.h"

#include <algorithm>
#include <map>
#include <vector>

namespace sa {

namespace {

constexpr qsizetype kSampleChars = 64 * 1024;
constexpr size_t kSampleRecords = 200;
constexpr size_t kHeaderSearchRecords = 1000;

// Field counts of the sample's non-empty records when split at delim, quote-aware.
std::vector<int> fieldCounts(QStringView text, char16_t delim)
{
    std::vector<int> counts;
    const qsizetype n = text.size();
    const bool truncated = n == kSampleChars;
    qsizetype i = 0;
    while (i < n && counts.size() < kSampleRecords) {
        int fields = 1;
        const qsizetype start = i;
        bool atFieldStart = true;
        for (; i < n; ++i) {
            const QChar c = text[i];
            if (atFieldStart && c == u'"') {
                for (++i; i < n; ++i) {
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"')
                            ++i;
                        else
                            break;
                    }
                }
                atFieldStart = false;
                continue;
            }
            if (c == delim) {
                ++fields;
                atFieldStart = true;
            } else if (c == u'\n' || c == u'\r') {
                break;
            } else if (c != u' ') {
                atFieldStart = false;
            }
        }
        const bool complete = i < n || !truncated;
        const bool empty = fields == 1 && i == start;
        if (i < n && text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        ++i;
        if (complete && !empty)
            counts.push_back(fields);
    }
    return counts;
}

template<typename Counts>
std::pair<int, int> modeOf(const Counts &counts) // (value, frequency); the larger value on ties
{
    std::map<int, int> freq;
    for (int c : counts)
        ++freq[c];
    std::pair<int, int> best{0, 0};
    for (const auto &[value, f] : freq) {
        if (f >= best.second)
            best = {value, f};
    }
    return best;
}

} // namespace

QChar CsvSniffer::detectDelimiter(QStringView text)
{
    const QStringView sample = text.first(std::min(text.size(), kSampleChars));
    QChar best = u',';
    std::pair<int, int> bestMode{0, 0};
    for (const char16_t candidate : {u',', u';', u'\t'}) {
        const std::pair<int, int> mode = modeOf(fieldCounts(sample, candidate));
        if (mode.first < 2)
            continue;
        if (mode.second > bestMode.second
            || (mode.second == bestMode.second && mode.first > bestMode.first)) {
            best = QChar(candidate);
            bestMode = mode;
        }
    }
    return best;
}

bool CsvSniffer::looksNumeric(QStringView cell)
{
    bool digit = false;
    for (const QChar c : cell) {
        if (c.isDigit()) {
            digit = true;
            continue;
        }
        static constexpr char16_t kAllowed[] = u" +-.,%$€£¥()/:'\u00A0";
        if (!std::char_traits<char16_t>::find(kAllowed, std::size(kAllowed) - 1, c.unicode()))
            return false;
    }
    return digit;
}

qsizetype CsvSniffer::detectHeader(const CsvRecords &records)
{
    const size_t limit = std::min(records.records.size(), kHeaderSearchRecords);
    if (limit == 0)
        return -1;
    // Counts as written, and without trailing empty fields (exports that end every data
    // row with a delimiter the header lacks).
    std::vector<int> raw(limit), trimmed(limit);
    for (size_t r = 0; r < limit; ++r) {
        const CsvRecords::Record &rec = records.records[r];
        raw[r] = int(rec.cellCount);
        int t = raw[r];
        while (t > 1 && records.cells[rec.firstCell + quint32(t) - 1].length() == 0)
            --t;
        trimmed[r] = t;
    }
    const int rawMode = modeOf(raw).first;
    const int trimmedMode = modeOf(trimmed).first;
    for (size_t r = 0; r < limit; ++r) {
        if (raw[r] != rawMode && trimmed[r] != trimmedMode)
            continue;
        const CsvRecords::Record &rec = records.records[r];
        int text = 0;
        for (quint32 c = 0; c < rec.cellCount; ++c) {
            const QStringView cell = records.cellText(records.cells[rec.firstCell + c]).trimmed();
            text += !cell.isEmpty() && !looksNumeric(cell);
        }
        if (text * 2 > raw[r])
            return qsizetype(r);
    }
    for (size_t r = 0; r < limit; ++r) {
        if (raw[r] == rawMode)
            return qsizetype(r);
    }
    return 0;
}

} // namespace sa
