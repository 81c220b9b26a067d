#pragma once

#include <QString>

namespace sa::test {

// Absolute path of a file or folder under tests/fixtures.
QString fixture(const QString &relativePath);

// The shared third-party data folder, or an empty string (and a QSKIP reason) when absent.
QString thirdPartyDir();

// Bytes of a file, for byte-identical comparisons.
QByteArray fileBytes(const QString &path);

} // namespace sa::test
