#pragma once

#include <QWidget>

namespace sa {

class FigureButton;
class LiveAnalysis;
class WorkspaceDocument;

// The headline numbers of the open workspace, above every view while it is open: tools,
// annual spend, redundant spend, shelfware, gaps and silos, from the live analysis, so
// they move with every edit. Each figure is a button to the view that explains it;
// Ctrl+Shift+M, Ctrl+Shift+O and Ctrl+Shift+G open the capability map, the overlaps and
// the integration map from anywhere in the window.
class FindingsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsBar)

public:
    explicit FindingsBar(WorkspaceDocument *document, QWidget *parent = nullptr);

    FigureButton *figure(const QString &objectName) const;

signals:
    // A figure was clicked: show the view with that viewId.
    void viewRequested(const QString &viewId);

private:
    FigureButton *addFigure(const QString &objectName, const QString &caption, const QString &view);
    void refresh();

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    QList<FigureButton *> m_figures;
};

} // namespace sa
