#include "inventoryfile.h"

#include <QFile>
#include <QFileInfo>

namespace sa {

InventoryFileKind InventoryFile::detect(const QString &path)
{
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")
        || head.startsWith("\xD0\xCF\x11\xE0")) // zip, empty zip, OLE2 (.xls)
        return InventoryFileKind::Xlsx;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool workbookName = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xltx"
                              || suffix == u"xltm" || suffix == u"xls";
    return workbookName ? InventoryFileKind::Xlsx : InventoryFileKind::Csv;
}

InventoryFile InventoryFile::read(const QString &path, const InventoryOptions &options)
{
    const QString name = options.displayName.isEmpty() ? path : options.displayName;
    InventoryFile out;
    out.kind = detect(path);
    if (out.kind == InventoryFileKind::Xlsx) {
        XlsxReadResult read = XlsxReader(options.xlsx).readFile(path, name);
        out.table = std::move(read.table);
        out.sheets = std::move(read.sheets);
        out.errors = std::move(read.errors);
        out.errorKind = read.errorKind;
        return out;
    }
    CsvReadResult read;
    if (options.displayName.isEmpty()) {
        read = CsvReader(options.csv).readFile(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.errors << name + u":1:1: cannot read the file: " + file.errorString();
            out.errorKind = Error::Kind::Io;
            return out;
        }
        if (file.size() > options.csv.maxBytes)
            read = CsvReader(options.csv).readFile(path); // its size message, naming path
        else
            read = CsvReader(options.csv).read(file.readAll(), name);
    }
    out.table = std::move(read.table);
    out.errors = std::move(read.errors);
    out.errorKind = read.errorKind;
    return out;
}

} // namespace sa
