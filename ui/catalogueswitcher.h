#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace sa {

class CatalogueDocument;
class CatalogueSource;
class CatalogueStore;
class MainWindow;
class WorkspaceFiles;

// Owns the catalogue in use and the main window over it, and switches between the local
// catalogue file and a team server (File > Connect to Team Catalogue…, Use Local
// Catalogue) while the application runs. A switch builds the document, the workspace
// files and the window afresh over the new store, so that no view keeps rows of the
// old catalogue; the open workspace (every change of it is saved already), the window's
// geometry and the current view come back as they were. The server chosen last is
// remembered (without a password) for the next plain start, until Use Local Catalogue.
class CatalogueSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueSwitcher)

public:
    // The source is not owned and must outlive the switcher.
    explicit CatalogueSwitcher(const CatalogueSource *source, QObject *parent = nullptr);
    ~CatalogueSwitcher() override;

    // The first window, over the catalogue opened at start; teamUrl names its server,
    // empty for the local file.
    void start(std::shared_ptr<CatalogueStore> store, const QString &teamUrl);
    MainWindow *window() const { return m_window.get(); }
    QString teamUrl() const { return m_teamUrl; }

    // The team server a plain start opens (empty: the local catalogue).
    static QString rememberedTeam();

    // Shows the connection dialog; once it connected, switches to that catalogue.
    void connectToTeam();
    void useLocal();
    void switchTo(std::shared_ptr<CatalogueStore> store, const QString &teamUrl);

signals:
    void switched(); // window() is the new one

private:
    void build();

    const CatalogueSource *m_source;
    std::shared_ptr<CatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<WorkspaceFiles> m_files;
    std::unique_ptr<MainWindow> m_window;
    QString m_teamUrl;
};

} // namespace sa
