#include "shippedfingerprint.h"

#include "catalogue/cataloguecontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace sa {

namespace {

// "PATH SIZE MTIME_MS" of the running executable; empty when unknown.
QString executableStamp()
{
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    if (!exe.isFile())
        return {};
    return exe.absoluteFilePath() + u' ' + QString::number(exe.size()) + u' '
           + QString::number(exe.lastModified().toMSecsSinceEpoch());
}

} // namespace

QString shippedFingerprint(const QString &dir)
{
    const QString stamp = dir.startsWith(u":/") ? executableStamp() : QString();
    if (stamp.isEmpty())
        return catalogueFolderFingerprint(dir);
    const QString record
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/shipped-fingerprint";
    const QString key = stamp + u'\n' + dir + u'\n';
    QFile file(record);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(key)) {
            const QString fingerprint = text.mid(key.size()).trimmed();
            if (fingerprint.size() == 40)
                return fingerprint;
        }
    }
    const QString fingerprint = catalogueFolderFingerprint(dir);
    QDir().mkpath(QFileInfo(record).absolutePath());
    QSaveFile out(record);
    if (out.open(QIODevice::WriteOnly)) {
        out.write((key + fingerprint + u'\n').toUtf8());
        out.commit(); // best effort: without the record the next start hashes again
    }
    return fingerprint;
}

} // namespace sa
