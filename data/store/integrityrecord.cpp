#include "integrityrecord.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace sa {

namespace {

// Coarser than any file system's timestamps that a catalogue is likely to live on
// (FAT has two seconds).
constexpr qint64 kTimestampMarginMs = 2000;

} // namespace

IntegrityRecord::IntegrityRecord(const QString &catalogue)
    : m_catalogue(QFileInfo(catalogue).absoluteFilePath())
{
    const QByteArray key
        = QCryptographicHash::hash(m_catalogue.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_record = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
               + u"/catalogue-checks/" + QString::fromLatin1(key);
}

// "SIZE MTIME_MS": the file as it is now, or empty when it cannot be read.
QString IntegrityRecord::stamp() const
{
    const QFileInfo info(m_catalogue);
    if (!info.isFile())
        return {};
    return QString::number(info.size()) + u' '
           + QString::number(info.lastModified().toMSecsSinceEpoch());
}

bool IntegrityRecord::matches() const
{
    QFile file(m_record);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString recorded = QString::fromLatin1(file.readAll()).trimmed();
    return !recorded.isEmpty() && recorded == stamp();
}

void IntegrityRecord::remember() const
{
    const QFileInfo info(m_catalogue);
    const QString now = stamp();
    if (now.isEmpty()
        || info.lastModified().msecsTo(QDateTime::currentDateTime()) < kTimestampMarginMs) {
        forget();
        return;
    }
    QDir().mkpath(QFileInfo(m_record).absolutePath());
    QSaveFile file(m_record);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(now.toLatin1() + '\n');
        file.commit(); // best effort: without the record the next start checks again
    }
}

void IntegrityRecord::forget() const
{
    QFile::remove(m_record);
}

} // namespace sa
