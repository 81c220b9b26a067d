#include "csvdecoder.h"

#include <QtEndian>

#include <cstring>

namespace sa {

namespace {

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype n)
{
    return bytes.size() >= n && std::memcmp(bytes.data(), prefix, size_t(n)) == 0;
}

QString hexByte(uchar b)
{
    return u"0x" + QString::number(b, 16).toUpper().rightJustified(2, u'0');
}

// Windows-1252's 0x80-0x9F; the five undefined bytes keep their Latin-1 (C1) meaning.
constexpr char16_t kWindows1252High[32]
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

CsvDecodedText decodeUtf16(QByteArrayView bytes, CsvEncoding encoding)
{
    CsvDecodedText out;
    out.encoding = encoding;
    const bool le = encoding == CsvEncoding::Utf16LE;
    if (startsWith(bytes, le ? "\xFF\xFE" : "\xFE\xFF", 2))
        bytes = bytes.sliced(2);
    const qsizetype units = bytes.size() / 2;
    out.text.resize(units);
    char16_t *dst = reinterpret_cast<char16_t *>(out.text.data());
    if (le)
        qFromLittleEndian<char16_t>(bytes.data(), units, dst);
    else
        qFromBigEndian<char16_t>(bytes.data(), units, dst);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t c = dst[i];
        if (c < 0xD800 || c > 0xDFFF)
            continue;
        if (c <= 0xDBFF && i + 1 < units && dst[i + 1] >= 0xDC00 && dst[i + 1] <= 0xDFFF) {
            ++i;
            continue;
        }
        out.error = u"invalid UTF-16: unpaired surrogate U+" + QString::number(c, 16).toUpper();
        out.text.truncate(i);
        return out;
    }
    if (bytes.size() % 2 != 0)
        out.error = QStringLiteral("the file ends in the middle of a UTF-16 character");
    return out;
}

} // namespace

qsizetype CsvDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs dominate CSV files: test eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype len = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (qsizetype k = 2; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

CsvEncoding CsvDecoder::detect(QByteArrayView bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return CsvEncoding::Utf8Bom;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return CsvEncoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return CsvEncoding::Utf16BE;

    // Mostly-ASCII UTF-16 has a NUL in every other byte: odd bytes for LE, even for BE.
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs > 0) {
        qsizetype nulOdd = 0, nulEven = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            const char a = bytes[2 * i], b = bytes[2 * i + 1];
            nulOdd += (b == 0 && a != 0);
            nulEven += (a == 0 && b != 0);
        }
        if (nulOdd * 10 >= pairs * 3 && nulEven * 20 <= pairs)
            return CsvEncoding::Utf16LE;
        if (nulEven * 10 >= pairs * 3 && nulOdd * 20 <= pairs)
            return CsvEncoding::Utf16BE;
    }
    return firstInvalidUtf8(bytes) < 0 ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

CsvDecodedText CsvDecoder::decode(QByteArrayView bytes, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        return decodeUtf16(bytes, encoding);
    case CsvEncoding::Windows1252: {
        CsvDecodedText out;
        out.encoding = encoding;
        out.text.resize(bytes.size());
        char16_t *dst = reinterpret_cast<char16_t *>(out.text.data());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar b = uchar(bytes[i]);
            dst[i] = (b >= 0x80 && b < 0xA0) ? kWindows1252High[b - 0x80] : char16_t(b);
        }
        return out;
    }
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        break;
    }
    CsvDecodedText out;
    out.encoding = encoding;
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        bytes = bytes.sliced(3);
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        out.text = QString::fromUtf8(bytes.first(bad));
        out.error = u"invalid UTF-8 byte " + hexByte(uchar(bytes[bad]));
        return out;
    }
    out.text = QString::fromUtf8(bytes);
    return out;
}

} // namespace sa
