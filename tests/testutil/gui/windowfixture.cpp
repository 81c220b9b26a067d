#include "windowfixture.h"

#include "catalogue/cataloguedocument.h"
#include "store/cataloguefile.h"
#include "store/sqliteworkspacefiles.h"
#include "testutil.h"
#include "theme.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace sa::test {

void WindowFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("STACKATLAS_SHIPPED_CATALOGUE", fixture(QStringLiteral("catalogue-small")).toUtf8());
    initResources();
}

WindowFixture::WindowFixture() = default;

WindowFixture::~WindowFixture()
{
    m_window.reset(); // before the documents and stores it shows
    m_files.reset();
    m_document.reset();
    m_catalogue.reset();
}

bool WindowFixture::start()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, filePath(QStringLiteral("settings")));
    OpenedCatalogue opened = openCatalogue(filePath(QStringLiteral("catalogue.sqlite")));
    if (!opened.ok()) {
        QTest::qFail(qPrintable(opened.message), __FILE__, __LINE__);
        return false;
    }
    m_catalogue = std::move(opened.store);
    m_document = std::make_unique<CatalogueDocument>(m_catalogue.get());
    m_files = std::make_unique<SqliteWorkspaceFiles>(
        m_catalogue.get(), filePath(QStringLiteral("demo/demo.stackatlas")));
    m_window = std::make_unique<MainWindow>(m_document.get(), m_files.get());
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        QTest::qFail("the main window did not become active", __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace sa::test
