#pragma once

#include "mainview.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QLabel;

namespace sa {

class RecentFiles;

// The start screen while no workspace is open: a new workspace, an existing one, the demo
// in one click, and the workspaces opened lately. It only asks: the window's
// WorkspaceController does the opening.
class WelcomeView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    WelcomeView(RecentFiles *recent, QWidget *parent);

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QPushButton *
    card(const QString &name, const QString &icon, const QString &title, const QString &text);
    void showRecent();

    RecentFiles *m_recent;
    QListWidget *m_list;
    QLabel *m_none;
    QPushButton *m_clear;
};

} // namespace sa
