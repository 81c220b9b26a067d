// XLSX export reaches libxlsxwriter through a module opened on the first save. Without
// the module a save fails with an I/O error that names where it looked, and leaves no
// file behind; once found, the same save writes the workbook. The module is kept after
// the first success, so the missing case runs first.
#include "io/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestXlsxModule : public QObject
{
    Q_OBJECT

private:
    static XlsxWriter oneRow()
    {
        XlsxWriter writer;
        writer.setHeader({u"Tool"_s, u"Annual cost"_s});
        writer.writeRow({XlsxCell::ofText(u"Brevo"_s), XlsxCell::ofMoney(2400, u"USD"_s)});
        return writer;
    }

private slots:
    void missingModuleWritesNothing()
    {
        QTemporaryDir dir;
        const QString module = dir.filePath(u"libstackatlas_xlsx.so"_s);
        qputenv("SA_XLSX_MODULE", QFile::encodeName(module));
        const QString target = dir.filePath(u"tools.xlsx"_s);
        const Status saved = oneRow().save(target);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Io);
        QCOMPARE(saved.error().message,
                 target + u": cannot write: the XLSX writer module could not be loaded: "_s + module
                     + u": there is no such file"_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void builtModuleWrites()
    {
        qunsetenv("SA_XLSX_MODULE");
        QTemporaryDir dir;
        const QString target = dir.filePath(u"tools.xlsx"_s);
        const Status saved = oneRow().save(target);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK")); // a zip archive, as every .xlsx is
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"tools.xlsx"_s});
    }
};

QTEST_GUILESS_MAIN(TestXlsxModule)
#include "tst_xlsxmodule.moc"
