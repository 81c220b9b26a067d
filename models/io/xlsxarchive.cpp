#include "xlsxarchive.h"

#include "xlsxpartdevice.h"
#include "xlsxxml.h"

#include <QFile>

#include <minizip/unzip.h>

namespace sa {

namespace {

QString zipBomb(qint64 maxBytes)
{
    return u"inflates past the limit of " + QString::number(maxBytes / (1024 * 1024))
           + u" MB per workbook; refusing a possible zip bomb";
}

QString failureMessage(XlsxPartDevice::Failure failure, qint64 maxBytes)
{
    return failure == XlsxPartDevice::Failure::OverBudget
               ? zipBomb(maxBytes)
               : QStringLiteral("the zip archive is damaged (the data does not inflate)");
}

} // namespace

XlsxArchive::XlsxArchive(XlsxLimits limits)
    : m_limits(limits)
{
}

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

Status XlsxArchive::open(const QString &path, const QString &displayName)
{
    m_displayName = displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(displayName + u": cannot read the file: " + file.errorString());
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        return Error::badInput(displayName
                               + u": not an XLSX workbook: this is an Excel 97-2003 (.xls) file "
                                 u"or a password-protected workbook; save it as .xlsx without "
                                 u"a password, or as CSV");
    }
    if (!magic.startsWith("PK\x03\x04") && !magic.startsWith("PK\x05\x06"))
        return Error::badInput(displayName
                               + u": not an XLSX workbook: the file is not a zip archive");

    if (m_zip)
        unzClose(m_zip);
    m_inflated = 0;
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip) {
        return Error::badInput(displayName
                               + u": the XLSX file is damaged or truncated (its zip directory "
                                 u"is missing or unreadable)");
    }
    unz_global_info64 info{};
    if (unzGetGlobalInfo64(m_zip, &info) != UNZ_OK)
        return Error::badInput(displayName
                               + u": the XLSX file is damaged (unreadable zip directory)");
    if (info.number_entry > ZPOS64_T(m_limits.maxParts)) {
        return Error::badInput(displayName + u": the archive has more than "
                               + QString::number(m_limits.maxParts) + u" parts");
    }
    return success();
}

bool XlsxArchive::contains(const QString &part) const
{
    constexpr int kIgnoreCase = 2; // OPC part names are case-insensitive
    return m_zip && unzLocateFile(m_zip, part.toUtf8().constData(), kIgnoreCase) == UNZ_OK;
}

Error XlsxArchive::partError(const QString &part, const QString &what) const
{
    return Error::badInput(m_displayName + u':' + part + u": " + what);
}

Status XlsxArchive::openPart(const QString &part)
{
    if (!contains(part))
        return partError(part, QStringLiteral("the part is missing"));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return partError(part, QStringLiteral("the zip archive is damaged (unreadable entry)"));
    if (info.flag & 1)
        return partError(part, QStringLiteral("the part is encrypted"));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return partError(part, QStringLiteral("the part uses an unsupported compression method"));
    const qint64 budget = m_limits.maxInflatedBytes - m_inflated;
    if (info.uncompressed_size > ZPOS64_T(budget))
        return partError(part, zipBomb(m_limits.maxInflatedBytes));
    if (info.uncompressed_size > 1024 * 1024
        && info.uncompressed_size / std::max<ZPOS64_T>(info.compressed_size, 1)
               > ZPOS64_T(m_limits.maxCompressionRatio)) {
        return partError(part,
                         u"compressed more than " + QString::number(m_limits.maxCompressionRatio)
                             + u" to 1; refusing a possible zip bomb");
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return partError(part,
                         QStringLiteral("the zip archive is damaged (cannot open this part)"));
    return success();
}

Status XlsxArchive::closePart(const QString &part)
{
    if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
        return partError(part, QStringLiteral("the zip archive is damaged (checksum mismatch)"));
    return success();
}

Status XlsxArchive::parseXml(const QString &part,
                             const std::function<void(QXmlStreamReader &)> &parse)
{
    if (Status opened = openPart(part); !opened)
        return opened;
    XlsxPartDevice device(m_zip, m_limits.maxInflatedBytes - m_inflated);
    QXmlStreamReader xml(&device);
    parse(xml);
    if (xml.atEnd() && !xml.hasError()) {
        // Read what may follow the document, so the checksum can be verified.
        char rest[4096];
        while (device.read(rest, sizeof rest) > 0) {
        }
    }
    m_inflated += device.bytesInflated();
    if (device.failure() != XlsxPartDevice::Failure::None) {
        unzCloseCurrentFile(m_zip);
        return partError(part, failureMessage(device.failure(), m_limits.maxInflatedBytes));
    }
    if (xml.hasError()) {
        unzCloseCurrentFile(m_zip);
        return Error::badInput(m_displayName + u':' + XlsxXml::errorMessage(xml, part));
    }
    // The checksum is known only once the part was read to its end.
    if (device.atEnd())
        return closePart(part);
    unzCloseCurrentFile(m_zip);
    return success();
}

Expected<QByteArray> XlsxArchive::readPart(const QString &part)
{
    if (Status opened = openPart(part); !opened)
        return opened.error();
    XlsxPartDevice device(m_zip, m_limits.maxInflatedBytes - m_inflated);
    QByteArray bytes;
    char buffer[64 * 1024];
    qint64 n = 0;
    while ((n = device.read(buffer, sizeof buffer)) > 0)
        bytes.append(buffer, n);
    m_inflated += device.bytesInflated();
    if (device.failure() != XlsxPartDevice::Failure::None) {
        unzCloseCurrentFile(m_zip);
        return partError(part, failureMessage(device.failure(), m_limits.maxInflatedBytes));
    }
    if (Status closed = closePart(part); !closed)
        return closed.error();
    return bytes;
}

} // namespace sa
