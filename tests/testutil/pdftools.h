#pragma once

#include <QString>
#include <QStringList>

namespace sa::test {

// What poppler-utils (pdftotext, pdfinfo, pdfimages) read from a PDF, for the report
// tests; a null string when the tool cannot be run (app/setup installs poppler-utils).

// pdftotext -layout, every run of white space made one space: a table row reads as its
// cells separated by single spaces.
QString pdfText(const QString &path);
// The value of one "Key: value" line of pdfinfo ("Page size", "Pages").
QString pdfInfo(const QString &path, const QString &key);
// The rows of pdfimages -list after its two header lines, white space collapsed.
QStringList pdfImages(const QString &path);

} // namespace sa::test
