#pragma once

#include "domain/shortlist.h"

#include <QObject>

class QAction;
class QComboBox;
class QInputDialog;
class QWidget;

namespace sa {

class ComparisonSession;
class WorkspaceDocument;

// The Compare view's shortlists: a combo to open one (or stay on the unsaved comparison),
// Save (into the shortlist followed, or as a new one), Save As, Rename and Delete. Every
// change is an undoable command of the workspace document; the name dialogs open
// window-modal over parent and are returned for tests.
class CompareShortlists final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareShortlists)

public:
    CompareShortlists(ComparisonSession *session, WorkspaceDocument *document, QWidget *parent);

    QComboBox *combo() const { return m_combo; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    QInputDialog *save(); // null when it saved into the shortlist followed
    QInputDialog *saveAs();
    QInputDialog *rename();
    void remove();
    // The combo's text for the shortlist followed, the unsaved comparison otherwise.
    QString currentName() const;

signals:
    void statusMessage(const QString &text);

private:
    void refresh();
    void open(int index);
    QInputDialog *askName(const QString &title, const QString &label, const QString &name);
    bool report(const Status &status, const QString &title);

    ComparisonSession *m_session;
    WorkspaceDocument *m_document;
    QWidget *m_parent;
    QComboBox *m_combo;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_rename;
    QAction *m_delete;
};

} // namespace sa
