#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sa::test {

// Absolute path of a file or folder under tests/fixtures.
QString fixture(const QString &relativePath);

// The shared third-party data folder, or an empty string (and a QSKIP reason) when absent.
QString thirdPartyDir();

// Bytes of a file, for byte-identical comparisons.
QByteArray fileBytes(const QString &path);

// One run of the built stackatlas-cli.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs stackatlas-cli with args; env adds to (or overrides) the test's environment.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {});

} // namespace sa::test
