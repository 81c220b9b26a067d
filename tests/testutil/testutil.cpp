#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace sa::test {

QString fixture(const QString &relativePath)
{
    return QStringLiteral(SA_FIXTURES_DIR) + u'/' + relativePath;
}

QString thirdPartyDir()
{
    const QString dir = QStringLiteral(SA_THIRD_PARTY_DIR);
    return QDir(dir).exists() ? dir : QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        full.insert(key, env.value(key));
    process.setProcessEnvironment(full);
    process.start(QStringLiteral(SA_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace sa::test
