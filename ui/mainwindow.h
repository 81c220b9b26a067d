#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sa {

class CatalogueDocument;
class MainActions;
class MainView;

// The application window: a navigation list of the main views on the left, the current
// view in a stack beside it, the menu bar (MainActions) and a status bar with the
// catalogue's counts. Adding a view is one addView() line in the constructor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(CatalogueDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogueDocument *document() const { return m_document; }
    const QList<MainView *> &views() const { return m_views; }
    MainView *currentView() const;
    void setCurrentView(int index);

    // Window geometry, the current view and each view's splitters, from QSettings.
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(MainView *view);
    QWidget *createSidebar();
    void updateCounts();
    void showError(const QString &message);
    void showAbout();

    CatalogueDocument *m_document;
    MainActions *m_actions;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_counts;
    QList<MainView *> m_views;
};

} // namespace sa
