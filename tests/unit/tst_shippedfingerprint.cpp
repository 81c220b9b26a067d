// The shipped catalogue's fingerprint, remembered per executable: the catalogue compiled
// into the binary is hashed once and read back from the cache folder afterwards; a record
// of another executable, or of another folder, is not trusted; real folders are hashed
// every time.
#include "catalogue/cataloguecontent.h"
#include "store/shippedfingerprint.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace sa;

class TestShippedFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void builtInCatalogueIsHashedOnce();
    void recordOfAnotherExecutableIsIgnored();
    void folderOnDiskIsHashedEveryTime();

private:
    QString recordPath() const;
    QString stamp() const;
    bool writeRecord(const QString &text) const;
};

void TestShippedFingerprint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the test cache folder, not the user's
}

void TestShippedFingerprint::init()
{
    QFile::remove(recordPath());
}

QString TestShippedFingerprint::recordPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + u"/shipped-fingerprint";
}

QString TestShippedFingerprint::stamp() const
{
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    return exe.absoluteFilePath() + u' ' + QString::number(exe.size()) + u' '
           + QString::number(exe.lastModified().toMSecsSinceEpoch());
}

bool TestShippedFingerprint::writeRecord(const QString &text) const
{
    QDir().mkpath(QFileInfo(recordPath()).absolutePath());
    QFile f(recordPath());
    const QByteArray bytes = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void TestShippedFingerprint::builtInCatalogueIsHashedOnce()
{
    const QString dir = QStringLiteral(":/catalogue");
    const QString hashed = catalogueFolderFingerprint(dir);
    QCOMPARE(hashed.size(), 40);
    QCOMPARE(shippedFingerprint(dir), hashed);
    QCOMPARE(test::fileBytes(recordPath()),
             (stamp() + u"\n:/catalogue\n" + hashed + u'\n').toUtf8());
    // The second time the record answers: a record with another value is believed.
    const QString other(40, u'a');
    QVERIFY(writeRecord(stamp() + u"\n:/catalogue\n" + other + u'\n'));
    QCOMPARE(shippedFingerprint(dir), other);
}

void TestShippedFingerprint::recordOfAnotherExecutableIsIgnored()
{
    const QString dir = QStringLiteral(":/catalogue");
    const QString hashed = catalogueFolderFingerprint(dir);
    const QString other(40, u'b');
    // The same executable one millisecond newer: rebuilt, so hashed again.
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    const QString rebuilt = exe.absoluteFilePath() + u' ' + QString::number(exe.size()) + u' '
                            + QString::number(exe.lastModified().toMSecsSinceEpoch() + 1);
    QVERIFY(writeRecord(rebuilt + u"\n:/catalogue\n" + other + u'\n'));
    QCOMPARE(shippedFingerprint(dir), hashed);
    // Another resource folder under the same executable is not this record's either.
    QVERIFY(writeRecord(stamp() + u"\n:/other\n" + other + u'\n'));
    QCOMPARE(shippedFingerprint(dir), hashed);
    // A record cut short is not a fingerprint.
    QVERIFY(writeRecord(stamp() + u"\n:/catalogue\nabc\n"));
    QCOMPARE(shippedFingerprint(dir), hashed);
    QCOMPARE(test::fileBytes(recordPath()),
             (stamp() + u"\n:/catalogue\n" + hashed + u'\n').toUtf8());
}

void TestShippedFingerprint::folderOnDiskIsHashedEveryTime()
{
    const QString dir = test::fixture(QStringLiteral("catalogue-small"));
    QCOMPARE(shippedFingerprint(dir), catalogueFolderFingerprint(dir));
    QVERIFY(!QFile::exists(recordPath()));
}

QTEST_GUILESS_MAIN(TestShippedFingerprint)
#include "tst_shippedfingerprint.moc"
