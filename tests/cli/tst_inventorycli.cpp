// stackatlas-cli import and export, run as a user runs them over the small fixture
// catalogue, against goldens in tests/fixtures/inventory/golden ("{FIXTURES}" stands for
// the fixture folder, "{WS}" for the workspace path). Bad input must fail with the exact
// message, exit code 2, and the workspace byte for byte as it was. After a deliberate
// output change, regenerate a golden and read it line by line.
#include "inventoryfixture.h"
#include "io/xlsxwriter.h"
#include "store/workspacefile.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestInventoryCli final : public QObject
{
    Q_OBJECT

private:
    test::CliRun run(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, test::fixture(u"catalogue-small"_s));
        return test::runCli(QStringList{u"--catalogue"_s, m_catalogue} + args, env);
    }

    static QString fixtures() { return QStringLiteral(SA_FIXTURES_DIR); }
    static QString inventory(const QString &file) { return test::fixture(u"inventory/" + file); }

    static QString golden(const QString &name, const QString &workspace)
    {
        QString text
            = QString::fromUtf8(test::fileBytes(test::fixture(u"inventory/golden/" + name)));
        return text.replace(u"{FIXTURES}"_s, fixtures()).replace(u"{WS}"_s, workspace);
    }

    // A new workspace; with content, the tools of utf16be.csv (SFDC, Zapier Team).
    QString workspace(const QString &name, bool withContent = false)
    {
        const QString path = m_dir.filePath(name + u".stackatlas");
        if (!createWorkspace(path, WorkspaceInfo()).ok())
            return {};
        if (withContent
            && run({u"import"_s, inventory(u"utf16be.csv"_s), u"--into"_s, path}).exitCode != 0)
            return {};
        return path;
    }

    static QJsonObject json(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = m_dir.filePath(u"catalogue.sqlite"_s);
        QCOMPARE(run({u"catalogue"_s, u"stats"_s}).exitCode, 0);
    }

    void importSummary()
    {
        const QString ws = workspace(u"summary"_s);
        const test::CliRun imported
            = run({u"import"_s, inventory(u"cli-inventory.csv"_s), u"--into"_s, ws});
        QCOMPARE(imported.err, golden(u"import.err"_s, ws));
        QCOMPARE(imported.out, golden(u"import.out"_s, ws));
        QCOMPARE(imported.exitCode, 0);
        WorkspaceOpenOptions reader;
        reader.lock = false;
        const OpenedWorkspace opened = openWorkspace(ws, reader);
        QVERIFY(opened.ok());
        QCOMPARE(
            test::describeTools(*opened.store),
            (QStringList{u"Acme Chat | custom | vendor=Acme | cost=900.00 | seats=5 | "
                         u"caps=contact-management:1,local-team-chat:3"_s,
                         u"Brevo | brevo | category=email-marketing | cost=1200.00 | seats=3"_s,
                         u"HubSpot Marketing Hub | hubspot-marketing-hub | "
                         u"category=marketing-automation | cost=43200.00 | seats=12"_s,
                         u"HubSpot Sales | custom | cost=9000.00 | seats=5"_s}));
        QCOMPARE(test::describeIntegrations(*opened.store),
                 (QStringList{u"Brevo - HubSpot Marketing Hub (api)"_s,
                              u"HubSpot Marketing Hub - HubSpot Sales (native)"_s}));
        QVERIFY(!QFileInfo::exists(ws + u".lock"));
    }

    void importJson()
    {
        const QString ws = workspace(u"json"_s);
        const test::CliRun imported
            = run({u"import"_s, inventory(u"cli-inventory.csv"_s), u"--into"_s, ws, u"--json"_s});
        QCOMPARE(imported.out, golden(u"import.json"_s, ws));
        QCOMPARE(imported.err, golden(u"import.err"_s, ws));
        QCOMPARE(imported.exitCode, 0);
    }

    void importAcceptingSuggestions()
    {
        const QString ws = workspace(u"accept"_s);
        const test::CliRun imported = run({u"import"_s,
                                           inventory(u"cli-inventory.csv"_s),
                                           u"--into"_s,
                                           ws,
                                           u"--accept-suggestions"_s,
                                           u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject summary = json(imported.out);
        QCOMPARE(summary.value(u"matched"_s).toInt(), 3);
        QCOMPARE(summary.value(u"unmatched"_s).toArray().toVariantList(),
                 QVariantList{u"Acme Chat"_s});
        QCOMPARE(summary.value(u"suggested"_s).toArray().size(), 0);
    }

    // --dry-run reads and checks everything, reports, and writes nothing.
    void dryRun()
    {
        const QString ws = workspace(u"dry"_s, true);
        const QByteArray before = test::fileBytes(ws);
        const test::CliRun dry = run(
            {u"import"_s, inventory(u"cli-inventory.csv"_s), u"--into"_s, ws, u"--dry-run"_s});
        QCOMPARE(dry.out, golden(u"import-dry-run.out"_s, ws));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(test::fileBytes(ws), before);
    }

    void importRequirements()
    {
        const QString ws = workspace(u"requirements"_s);
        const test::CliRun imported = run({u"import"_s,
                                           inventory(u"requirements.csv"_s),
                                           u"--into"_s,
                                           ws,
                                           u"--as"_s,
                                           u"requirements"_s});
        QCOMPARE(imported.err, golden(u"requirements.err"_s, ws));
        QCOMPARE(imported.out, golden(u"requirements.out"_s, ws));
        QCOMPARE(imported.exitCode, 0);
    }

    void importSheet()
    {
        const QString ws = workspace(u"sheet"_s);
        const test::CliRun wrongSheet
            = run({u"import"_s, inventory(u"two-sheets.xlsx"_s), u"--into"_s, ws});
        QCOMPARE(wrongSheet.err, golden(u"sheet-missing.err"_s, ws));
        QCOMPARE(wrongSheet.exitCode, 2);
        const test::CliRun sheet = run({u"import"_s,
                                        inventory(u"two-sheets.xlsx"_s),
                                        u"--into"_s,
                                        ws,
                                        u"--sheet"_s,
                                        u"Tools"_s,
                                        u"--json"_s});
        QCOMPARE(sheet.err, QString());
        QCOMPARE(sheet.exitCode, 0);
        QCOMPARE(json(sheet.out).value(u"imported"_s).toInt(), 2);
    }

    void importDateOrder()
    {
        const QString ws = workspace(u"dates"_s);

        const test::CliRun eu = run({u"import"_s,
                                     inventory(u"ambiguous-dates-undecided.csv"_s),
                                     u"--into"_s,
                                     ws,
                                     u"--dates"_s,
                                     u"eu"_s,
                                     u"--dry-run"_s,
                                     u"--json"_s});
        QCOMPARE(eu.err, QString()); // the order was chosen: no warning
        QCOMPARE(eu.exitCode, 0);
        const test::CliRun guessed = run({u"import"_s,
                                          inventory(u"ambiguous-dates-undecided.csv"_s),
                                          u"--into"_s,
                                          ws,
                                          u"--dry-run"_s,
                                          u"--json"_s});
        QCOMPARE(guessed.err, golden(u"dates-undecided.err"_s, ws));
        QCOMPARE(json(guessed.out).value(u"warnings"_s).toArray().size(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("err");
        const QString i = u"{FIXTURES}/inventory/"_s;
        const QString nothing = u"stackatlas-cli: nothing was imported\n"_s;
        QTest::newRow("unterminated quote")
            << i + u"bad-unterminated-quote.csv"
            << i
                   + u"bad-unterminated-quote.csv:3:9: unterminated quoted field: the quote opened "
                     u"here is never closed\n"
                   + nothing;
        QTest::newRow("non-numeric cost")
            << i + u"bad-cost.csv"
            << i
                   + u"bad-cost.csv:3:9: 'lots' is not an amount of money (expected, for example, "
                     u"1250.50, $1,250.50 or 1.250,50 €)\n"
                   + nothing;
        QTest::newRow("negative seats")
            << i + u"bad-seats.csv"
            << i + u"bad-seats.csv:3:9: '-3' is negative; a count cannot be\n" + nothing;
        QTest::newRow("impossible date")
            << i + u"bad-date.csv"
            << i + u"bad-date.csv:3:9: '2024-02-30' is not a date: February 2024 has 29 days\n"
                   + nothing;
        QTest::newRow("several errors, in file order")
            << i + u"bad-several.csv"
            << i
                   + u"bad-several.csv:3:9: '12O0' is not an amount of money (expected, for "
                     u"example, 1250.50, $1,250.50 or 1.250,50 €)\n"
                   + i + u"bad-several.csv:3:14: '2.5' is not a whole number\n" + i
                   + u"bad-several.csv:3:18: '31/31/2027' is not a date: there is no month 31\n"
                   + nothing;
        QTest::newRow("cost column in another currency")
            << i + u"bad-currency.csv"
            << i
                   + u"bad-currency.csv:1:6: column 'Annual Cost (EUR)' is in EUR, but the "
                     u"workspace's currency is USD\n"
                   + nothing;
        QTest::newRow("empty file")
            << i + u"bad-empty.csv"
            << i + u"bad-empty.csv:1:1: the file is empty; there is nothing to import\n" + nothing;
        QTest::newRow("a header and no rows")
            << i + u"bad-header-only.csv"
            << i
                   + u"bad-header-only.csv:2:1: the file has a header (line 1) but no tools below "
                     u"it\n"
                   + nothing;
        QTest::newRow("an .xlsx that is not a zip")
            << i + u"not-a-zip.xlsx"
            << i + u"not-a-zip.xlsx: not an XLSX workbook: the file is not a zip archive\n"
                   + nothing;
        QTest::newRow("zip bomb: 20 MB of sheet in 22 KB")
            << i + u"zip-bomb.xlsx"
            << i
                   + u"zip-bomb.xlsx:xl/worksheets/sheet1.xml: compressed more than 250 to 1; "
                     u"refusing a possible zip bomb\n"
                   + nothing;
        QTest::newRow("zip bomb: a sheet past the 200 MB budget")
            << u"{FIXTURES}/xlsx/zip-bomb.xlsx"_s
            << u"{FIXTURES}/xlsx/zip-bomb.xlsx:xl/worksheets/sheet1.xml: inflates past the "
               u"limit of 200 MB per workbook; refusing a possible zip bomb\n"_s
                   + nothing;
        QTest::newRow("entity expansion in the shared strings")
            << i + u"entity-expansion.xlsx"
            << i
                   + u"entity-expansion.xlsx:xl/sharedStrings.xml:12:2: a DOCTYPE declaration is "
                     u"not allowed in a workbook part (it could define expanding entities)\n"
                   + nothing;
        QTest::newRow("a bad cell of a workbook")
            << u"{TEMP}/negative-seats.xlsx"_s
            << u"{TEMP}/negative-seats.xlsx:Sheet1!B3: '-3' is negative; a count cannot be\n"_s
                   + nothing;
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, err);
        XlsxWriter writer;
        writer.setHeader({u"Tool"_s, u"Seats"_s});
        writer.writeRow({XlsxCell::ofText(u"Brevo"_s), XlsxCell::ofNumber(3)});
        writer.writeRow({XlsxCell::ofText(u"Marketo"_s), XlsxCell::ofNumber(-3)});
        QVERIFY(writer.save(m_dir.filePath(u"negative-seats.xlsx"_s)));
        const auto expand = [this](QString text) {
            return text.replace(u"{FIXTURES}"_s, fixtures()).replace(u"{TEMP}"_s, m_dir.path());
        };

        const QString ws = workspace(u"bad-" + QString::number(m_bad++), true);
        QVERIFY(!ws.isEmpty());
        const QByteArray before = test::fileBytes(ws);
        const test::CliRun refused = run({u"import"_s, expand(file), u"--into"_s, ws});
        QCOMPARE(refused.err, expand(err));
        QCOMPARE(refused.out, QString());
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(test::fileBytes(ws), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(ws).fileName() + u"?*"}), QStringList());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        const QString file = u"{FIXTURES}/inventory/crlf.csv"_s;
        const QString usage
            = u"usage: stackatlas-cli import FILE --into WORKSPACE [--map \"Header=field\"]... "
              u"[--as requirements]\n      [--accept-suggestions] [--dates us|eu] [--sheet "
              u"NAME] [--dry-run] [--json]\n"_s;
        QTest::newRow("no --into") << QStringList{u"import"_s, file} << 1
                                   << u"stackatlas-cli: import needs the workspace to import into "
                                      u"(--into FILE)\n"_s
                                          + usage;
        QTest::newRow("two files")
            << QStringList{u"import"_s, file, file, u"--into"_s, u"{WS}"_s} << 1 << usage;
        QTest::newRow("bad --dates")
            << QStringList{u"import"_s, file, u"--into"_s, u"{WS}"_s, u"--dates"_s, u"iso"_s} << 1
            << u"stackatlas-cli: --dates takes us (month/day) or eu (day/month), not 'iso'\n"_s
                   + usage;
        QTest::newRow("bad --as")
            << QStringList{u"import"_s, file, u"--into"_s, u"{WS}"_s, u"--as"_s, u"vendors"_s} << 1
            << u"stackatlas-cli: --as takes tools or requirements, not 'vendors'\n"_s + usage;
        QTest::newRow("--sheet on a CSV file")
            << QStringList{u"import"_s, file, u"--into"_s, u"{WS}"_s, u"--sheet"_s, u"Tools"_s} << 1
            << u"stackatlas-cli: --sheet is for workbooks; " + file + u" is read as CSV\n" + usage;
        QTest::newRow("unknown --map field")
            << QStringList{u"import"_s, file, u"--into"_s, u"{WS}"_s, u"--map"_s, u"Seats=size"_s}
            << 2
            << file
                   + u":1:1: --map 'Seats=size': unknown field 'size' (fields: name, vendor, "
                     u"product, category, annual-cost, seats, active-users, owner, team, "
                     u"contract-start, contract-end, notice-days, auto-renew, status, "
                     u"satisfaction, system-of-record, integrates-with, capabilities, notes, "
                     u"ignore)\nstackatlas-cli: nothing was imported\n";
        QTest::newRow("missing input file")
            << QStringList{u"import"_s,
                           u"{FIXTURES}/inventory/absent.csv"_s,
                           u"--into"_s,
                           u"{WS}"_s}
            << 3
            << u"{FIXTURES}/inventory/absent.csv:1:1: cannot read the file: No such file or "
               u"directory\nstackatlas-cli: nothing was imported\n"_s;
        QTest::newRow("into a catalogue")
            << QStringList{u"import"_s, file, u"--into"_s, u"{CATALOGUE}"_s} << 3
            << u"stackatlas-cli: {CATALOGUE} is a StackAtlas catalogue, not a workspace.\n"_s;
        QTest::newRow("export without a format")
            << QStringList{u"export"_s, u"{WS}"_s} << 1
            << u"usage: stackatlas-cli export WORKSPACE --csv OUT.csv|- | --xlsx OUT.xlsx\n"_s;
        QTest::newRow("export XLSX to stdout")
            << QStringList{u"export"_s, u"{WS}"_s, u"--xlsx"_s, u"-"_s} << 1
            << u"stackatlas-cli: an XLSX export needs a file name, not standard output\nusage: "
               u"stackatlas-cli export WORKSPACE --csv OUT.csv|- | --xlsx OUT.xlsx\n"_s;
        QTest::newRow("export of a missing workspace")
            << QStringList{u"export"_s, u"{TEMP}/absent.stackatlas"_s, u"--csv"_s, u"-"_s} << 3
            << u"stackatlas-cli: cannot open the workspace {TEMP}/absent.stackatlas: there is no "
               u"such file\n"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const QString ws = workspace(u"refusal-" + QString::number(m_bad++), true);
        const QByteArray before = test::fileBytes(ws);
        const auto expand = [&](QString text) {
            return text.replace(u"{FIXTURES}"_s, fixtures())
                .replace(u"{WS}"_s, ws)
                .replace(u"{CATALOGUE}"_s, m_catalogue)
                .replace(u"{TEMP}"_s, m_dir.path());
        };
        for (QString &a : args)
            a = expand(a);
        const QByteArray catalogue = test::fileBytes(m_catalogue);
        const test::CliRun refused = run(args);
        QCOMPARE(refused.err, expand(err));
        QCOMPARE(refused.out, QString());
        QTEST(refused.exitCode, "exitCode");
        QCOMPARE(test::fileBytes(ws), before);
        QCOMPARE(test::fileBytes(m_catalogue), catalogue);
    }

    // export --csv - prints what import reads back; --csv FILE writes the same bytes;
    // --xlsx writes a workbook that imports to the same tools.
    void exportFormats()
    {
        const QString ws = workspace(u"export"_s);
        QCOMPARE(run({u"import"_s, inventory(u"cli-inventory.csv"_s), u"--into"_s, ws}).exitCode,
                 0);
        const test::CliRun printed = run({u"export"_s, ws, u"--csv"_s, u"-"_s});
        QCOMPARE(printed.err, QString());
        QCOMPARE(printed.out, golden(u"export.csv"_s, ws));
        QCOMPARE(printed.exitCode, 0);

        const QString csv = m_dir.filePath(u"export.csv"_s);
        QCOMPARE(run({u"export"_s, ws, u"--csv"_s, csv}).exitCode, 0);
        QCOMPARE(QString::fromUtf8(test::fileBytes(csv)), printed.out);

        const QString xlsx = m_dir.filePath(u"export.xlsx"_s);
        const test::CliRun workbook = run({u"export"_s, ws, u"--xlsx"_s, xlsx});
        QCOMPARE(workbook.err, QString());
        QCOMPARE(workbook.exitCode, 0);
        const QString again = workspace(u"from-xlsx"_s);
        const test::CliRun reimported = run({u"import"_s, xlsx, u"--into"_s, again});
        QCOMPARE(reimported.err, QString());
        QCOMPARE(reimported.exitCode, 0);
        QCOMPARE(run({u"export"_s, again, u"--csv"_s, u"-"_s}).out, printed.out);
    }

private:
    QTemporaryDir m_dir;
    QString m_catalogue;
    int m_bad = 0;
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventorycli.moc"
