#pragma once

#include "mainwindow.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sa {

class CatalogueDocument;
class SqliteCatalogueStore;
class SqliteWorkspaceFiles;

namespace test {

// The real main window over real files for GUI tests: a temporary folder with a catalogue
// built from tests/fixtures/catalogue-small, the workspace files (the demo at
// DIR/demo/demo.stackatlas) and QSettings of its own, so that no test touches the user's.
class WindowFixture
{
public:
    // Once per test binary: test paths, en_US number formats, the fixture catalogue,
    // the compiled-in icons.
    static void initTestCase();

    WindowFixture();
    ~WindowFixture();

    // Builds the window, shows it and waits until it is active; false (with a test
    // failure logged) when something cannot be built.
    bool start();

    QString dirPath() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    MainWindow *window() const { return m_window.get(); }
    SqliteCatalogueStore *catalogue() const { return m_catalogue.get(); }
    CatalogueDocument *document() const { return m_document.get(); }
    SqliteWorkspaceFiles *files() const { return m_files.get(); }

    // The window's child of that objectName; warns when there is none.
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_catalogue;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<SqliteWorkspaceFiles> m_files;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace test

} // namespace sa
