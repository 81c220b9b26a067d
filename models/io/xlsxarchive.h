#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace sa {

// What a workbook may cost to open. The byte cap counts inflated bytes of every part
// read, together; the ratio cap applies to parts over 1 MB (a 1 KB part of blanks
// compresses far better than any real sheet, and is harmless).
struct XlsxLimits
{
    qint64 maxInflatedBytes = qint64(200) * 1024 * 1024;
    int maxCompressionRatio = 250;
    int maxParts = 10'000;
};

// An .xlsx file as the zip archive of XML parts it is, read with minizip's unzip API
// (the zip code libxlsxwriter already brings; never QuaZip, see DESIGN.md). Parts are
// parsed while they inflate, never held whole, and everything hostile an archive can
// do ends in an Error naming the file and the part: not a zip (a renamed CSV, an old
// .xls), truncated or damaged data, a zip bomb (declared sizes and ratios are checked
// before inflating, and the inflated bytes are counted, since headers can lie).
class XlsxArchive
{
public:
    explicit XlsxArchive(XlsxLimits limits = {});
    ~XlsxArchive();
    Q_DISABLE_COPY_MOVE(XlsxArchive)

    // Messages name the file as displayName.
    Status open(const QString &path, const QString &displayName);

    bool contains(const QString &part) const; // part names ignore case, as OOXML says
    // Streams part through parse(); parse advances with XlsxXml::next() and reports its
    // own findings with xml.raiseError() (the message then gets the part and position).
    Status parseXml(const QString &part, const std::function<void(QXmlStreamReader &)> &parse);
    // The whole inflated part, for small parts and tests.
    Expected<QByteArray> readPart(const QString &part);

    const QString &displayName() const { return m_displayName; }
    qint64 bytesInflated() const { return m_inflated; }

private:
    Status openPart(const QString &part);
    Status closePart(const QString &part);
    Error partError(const QString &part, const QString &what) const;

    XlsxLimits m_limits;
    void *m_zip = nullptr; // minizip's unzFile
    QString m_displayName;
    qint64 m_inflated = 0;
};

} // namespace sa
