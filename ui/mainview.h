#pragma once

#include <QIcon>
#include <QWidget>

class QAction;
class QSettings;
class QUndoStack;

namespace sa {

// One of the main window's views (Start, Inventory, Catalogue, ...). The main window lists
// each view in its navigation, puts the view's own actions in the Edit menu while it is
// current, points Undo and Redo at its undoStack(), sends Edit > Find to it, saves its
// state and renders it in --snapshot mode under viewId().
class MainView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString viewId() const = 0; // "catalogue": settings group and snapshot file name
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    virtual QList<QAction *> editActions() const;
    // The stack Edit > Undo works on while the view is current; none by default.
    virtual QUndoStack *undoStack() const;
    virtual void focusSearch();
    // Fills the view with representative content before a snapshot is taken.
    virtual void prepareSnapshot();
    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(QSettings &settings);

signals:
    // A short note for the status bar ("Deleted “HubSpot”. Undo with Ctrl+Z.").
    void statusMessage(const QString &text);
    // Asks the main window to make the view with that viewId current.
    void viewRequested(const QString &viewId);
};

} // namespace sa
