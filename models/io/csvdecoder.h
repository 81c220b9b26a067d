#pragma once

#include "csvformat.h"

#include <QByteArrayView>
#include <QString>

namespace sa {

// Text decoded from a CSV file's bytes. When the bytes are invalid in the encoding,
// text holds what came before the first invalid byte and error says what is wrong there.
struct CsvDecodedText
{
    QString text; // without the byte-order mark
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString error; // empty when the whole input decoded
};

// Turns bytes into text the way spreadsheet exports need: byte-order marks first, then
// the NUL pattern that UTF-16 without a BOM leaves in mostly-ASCII text, then strict
// UTF-8, and Windows-1252 for anything that is not UTF-8 (a file written by an old
// Excel). Separate from the parser so that a wizard can re-decode with another choice.
class CsvDecoder
{
public:
    static CsvEncoding detect(QByteArrayView bytes);
    // Decodes as the given encoding, skipping that encoding's byte-order mark if present.
    static CsvDecodedText decode(QByteArrayView bytes, CsvEncoding encoding);
    // Offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
};

} // namespace sa
