// File > Export Report… in the real main window over the report fixture
// (tests/testutil/reportfixture.h): the dialog saves its settings in the workspace as one
// undoable step, the export writes the PDF off the GUI thread, Cancel leaves no file.
#include "filedialogs.h"
#include "pdftools.h"
#include "report/reportcontent.h"
#include "report/reportdialog.h"
#include "report/reportexporter.h"
#include "report/reportrenderer.h"
#include "reportfixture.h"
#include "store/sqlitecataloguestore.h"
#include "store/workspacefile.h"
#include "testutil.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"
#include "workspacefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>

using namespace sa;
using namespace Qt::StringLiterals;

class TestReportExport final : public QObject
{
    Q_OBJECT

private:
    WorkspaceStore *store() const { return m_fx->window()->workspace()->document()->store(); }

    ReportDialog *openDialog()
    {
        QTest::keyClick(m_fx->window(), Qt::Key_P, Qt::ControlModifier);
        ReportDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_fx->window()->findChild<ReportDialog *>(u"reportDialog"_s)));
        }();
        return dialog;
    }

    // The workspace's folder without the workspace itself and its lock.
    QStringList otherFiles() const
    {
        QStringList out;
        for (const QString &name : QDir(m_fx->filePath(u"review"_s)).entryList(QDir::Files)) {
            if (!name.startsWith(u"review.stackatlas"_s))
                out << name;
        }
        return out;
    }

private slots:
    void initTestCase() { test::WindowFixture::initTestCase(); }

    void init()
    {
        m_fx = std::make_unique<test::WindowFixture>();
        QVERIFY(m_fx->start());
        QVERIFY(QDir().mkpath(m_fx->filePath(u"review"_s)));
        const QString path = m_fx->filePath(u"review/review.stackatlas"_s);
        {
            OpenedWorkspace opened
                = createWorkspace(path, test::sampleInfo(), test::reportStackImport());
            QVERIFY(opened.ok());
            QVERIFY(opened.store->addShortlist(test::reportShortlist()).ok());
            ToolId site = 0, brevo = 0;
            for (const Tool &t : opened.store->tools()) {
                site = t.name == u"Site Stats" ? t.id : site;
                brevo = t.name == u"Brevo" ? t.id : brevo;
            }
            QVERIFY(opened.store->saveScenario(test::reportScenario(site, brevo), {}).ok());
        }
        QVERIFY(m_fx->window()->workspace()->open(path));
    }

    void cleanup() { m_fx.reset(); }

    void dialogSavesSettingsAndUndoRestoresThem()
    {
        ReportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *gaps = dialog->findChild<QCheckBox *>(u"section_gaps"_s);
        QVERIFY(gaps->isChecked());
        QTest::mouseClick(gaps, Qt::LeftButton, {}, QPoint(5, gaps->height() / 2));
        QVERIFY(!gaps->isChecked());
        auto *company = dialog->findChild<QLineEdit *>(u"reportCompanyEdit"_s);
        QCOMPARE(company->placeholderText(), u"Northbeam GmbH"_s);
        QTest::keyClicks(company, u"Northbeam AG"_s);
        auto *accent = dialog->findChild<QLineEdit *>(u"reportAccentEdit"_s);
        accent->selectAll();
        QTest::keyClicks(accent, u"#AA3300"_s);
        auto *paper = dialog->findChild<QComboBox *>(u"reportPaperCombo"_s);
        paper->setFocus();
        QTest::keyClick(paper, Qt::Key_Down);
        QCOMPARE(paper->currentText(), u"US Letter (8.5 × 11 in)"_s);
        auto *scenario = dialog->findChild<QComboBox *>(u"reportScenarioCombo"_s);
        QCOMPARE(scenario->count(), 2); // the optimizer's, Consolidate (not the baseline)
        scenario->setFocus();
        QTest::keyClick(scenario, Qt::Key_Down);
        QCOMPARE(scenario->currentText(), u"Consolidate"_s);

        const QPointer<ReportDialog> closing(dialog);
        FileDialogs::setNextAnswers({QString()}); // saved, then no file chosen
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportReportButton"_s),
                          Qt::LeftButton);
        ReportSettings expected;
        expected.setIncluded(ReportSection::Gaps, false);
        expected.company = u"Northbeam AG"_s;
        expected.accent = u"#aa3300"_s;
        expected.paper = PaperSize::Letter;
        expected.scenario = u"Consolidate"_s;
        QTRY_COMPARE(store()->reportSettings(), expected);
        QCOMPARE(FileDialogs::pendingAnswers(), 0);
        QCOMPARE(otherFiles(), QStringList());

        QTRY_VERIFY(!closing);
        m_fx->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fx->window()));
        QTest::keyClick(m_fx->window(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store()->reportSettings(), ReportSettings());
        QTest::keyClick(m_fx->window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store()->reportSettings(), expected);

        // The dialog shows what was saved.
        dialog = openDialog();
        QVERIFY(!dialog->findChild<QCheckBox *>(u"section_gaps"_s)->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"reportCompanyEdit"_s)->text(), u"Northbeam AG"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"reportScenarioCombo"_s)->currentText(),
                 u"Consolidate"_s);
        dialog->reject();
    }

    void exportsThePdf()
    {
        ReportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *exporter = m_fx->window()->findChild<ReportExporter *>(u"reportExporter"_s);
        QVERIFY(exporter);
        QSignalSpy finished(exporter, &ReportExporter::finished);
        const QString pdf = m_fx->filePath(u"review/board"_s); // .pdf is added
        FileDialogs::setNextAnswers({pdf});
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportReportButton"_s),
                          Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), pdf + u".pdf");
        const QString pages = test::pdfInfo(pdf + u".pdf", u"Pages"_s);
        QCOMPARE(m_fx->window()->statusBar()->currentMessage(),
                 u"Wrote board.pdf (" + pages + u" pages)");
        QCOMPARE(test::pdfInfo(pdf + u".pdf", u"Page size"_s), u"595 x 842 pts (A4)"_s);
        QVERIFY(test::pdfText(pdf + u".pdf")
                    .contains(u"Tools Annual spend Redundant spend 3 €43,500.00 €250.00"_s));
        QCOMPARE(otherFiles(), QStringList{u"board.pdf"_s});
    }

    void cancelLeavesNoFile()
    {
        const QString pdf = m_fx->filePath(u"review/cancelled.pdf"_s);
        ReportExporter exporter(
            m_fx->window()->workspace()->document(), m_fx->catalogue(), m_fx->window());
        QSignalSpy finished(&exporter, &ReportExporter::finished);
        // The pool's one thread is busy until Cancel is pressed, so the export cannot end
        // before it: the worker starts with the flag already set.
        QSemaphore hold;
        const auto release = qScopeGuard([&hold] { hold.release(); }); // on a failure too
        exporter.threadPool()->start([&hold] { hold.acquire(); });
        exporter.exportTo(pdf);
        auto *progress = m_fx->window()->findChild<QProgressDialog *>(u"reportProgress"_s);
        QVERIFY(progress);
        progress->show(); // it shows itself after 300 ms
        QVERIFY(QTest::qWaitForWindowExposed(progress));
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QCOMPARE(cancel->text(), u"Cancel"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        hold.release(); // the export may start now, its cancel flag set
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(2).toString(), u"Cancelled: no file was written"_s);
        QCOMPARE(otherFiles(), QStringList());
    }

    void cancelledRenderKeepsAnExistingFile()
    {
        const QString pdf = m_fx->filePath(u"review/old.pdf"_s);
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's review");
        old.close();
        ReportInput in = reportInput(*store(), *m_fx->catalogue());
        in.settings.scenario = u"Consolidate"_s;
        Expected<ReportContent> content = buildReportContent(in);
        QVERIFY(content.ok());
        ReportRenderer renderer(*content);
        std::atomic_bool cancel{true};
        renderer.setCancelFlag(&cancel);
        QVERIFY(!renderer.render(pdf).ok());
        QCOMPARE(test::fileBytes(pdf), QByteArray("yesterday's review"));
        QCOMPARE(otherFiles(), QStringList{u"old.pdf"_s});
    }

private:
    std::unique_ptr<test::WindowFixture> m_fx;
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
