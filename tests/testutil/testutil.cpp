#include "testutil.h"

#include <QDir>
#include <QFile>

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

} // namespace sa::test
