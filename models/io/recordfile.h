#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

// The shipped catalogue's text format: records that diff well, one field per line.
//
//   # comment
//   [record-slug]
//   key = value
//   key = another value        (keys may repeat for lists)
//
// Chosen over CSV because a product's capabilities, aliases and integrations stay next to
// it and a change to one of them is a one-line diff.
struct RecordField
{
    QString key;
    QString value;
    int line = 0;
    int column = 0; // of the value
};

struct Record
{
    QString slug;
    QString file;
    int line = 0;
    std::vector<RecordField> fields;

    const RecordField *field(QStringView key) const; // first with that key, or nullptr
    QString value(QStringView key) const;            // first value, or empty
    std::vector<const RecordField *> all(QStringView key) const;
    QString where(const RecordField *field = nullptr) const; // "FILE:LINE:COLUMN"
};

struct RecordFileResult
{
    std::vector<Record> records;
    QStringList errors; // "FILE:LINE:COLUMN: what is wrong"
};

// Parses UTF-8 text. displayName names the file in messages.
RecordFileResult parseRecords(const QByteArray &text, const QString &displayName);

// True for a valid slug: lower-case ASCII letters and digits, single '-' between words.
bool isValidSlug(QStringView slug);

} // namespace sa
