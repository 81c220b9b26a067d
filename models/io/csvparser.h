#pragma once

#include "csvformat.h"
#include "csvrecords.h"

#include <QString>

#include <vector>

namespace sa {

// A problem found while parsing, with the record it belongs to (so that problems in
// title lines above a detected header can be dropped) or -1 when it ends the parse.
struct CsvIssue
{
    int line = 0;
    int column = 0;
    QString message;
    qsizetype record = -1;
};

// The RFC 4180 tokenizer: one linear pass over decoded text that splits records and
// fields, keeps each field's physical line and column, and accepts CRLF, LF and lone CR.
// Quoted fields may span lines; their "" escapes are undone and their line breaks become
// LF. Blanks before an opening quote and after a closing one are tolerated; anything else
// around quotes is reported, as are control characters (binary input). Recoverable
// problems are collected (up to maxIssues); an unterminated quote, binary input or too
// many fields in one record stop the parse.
class CsvParser
{
public:
    CsvParser(QChar delimiter, int maxColumns, int maxIssues);

    // Parses text (taken over into out->text). False when a fatal problem stopped it.
    bool parse(QString text, CsvRecords *out);

    const std::vector<CsvIssue> &issues() const { return m_issues; }
    CsvLineEnding lineEnding() const;

private:
    void addIssue(quint32 line, quint32 column, QString message, qsizetype record);

    char16_t m_delimiter;
    int m_maxColumns;
    int m_maxIssues;
    std::vector<CsvIssue> m_issues;
    qsizetype m_lf = 0;
    qsizetype m_crlf = 0;
    qsizetype m_cr = 0;
};

} // namespace sa
