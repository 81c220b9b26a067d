#pragma once

#include "io/inventorypreview.h"

#include <QWizard>

#include <optional>

class QFrame;
class QLabel;
class QMimeData;

namespace sa {

class CatalogueStore;
class ImportWizardFilePage;
class ImportWizardMatchPage;
class ImportWizardSession;
class ImportWizardSteps;
class ImportWizardSummaryPage;
class MatchReviewModel;
class WorkspaceDocument;

// File > Import…: brings a finance or IT export (CSV or XLSX), or a list of required
// capabilities, into the workspace. Five pages: the file and how it is read, the column
// mapping, the catalogue matching (tools only), the problems, and a summary whose Import
// applies everything as one undoable command (WorkspaceDocument::import). Reading and
// re-previewing run off the GUI thread with a progress strip and Cancel; cancelling, or
// closing the wizard, leaves the workspace and the wizard's last preview as they were.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, MappingPage, MatchPage, ProblemsPage, SummaryPage };

    ImportWizard(WorkspaceDocument *document, CatalogueStore *catalogue, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Creates the wizard (deleted on close) and shows it window-modal on path, or, when
    // path is empty, after a file chooser; nullptr when the user cancels the chooser.
    static ImportWizard *start(WorkspaceDocument *document,
                               CatalogueStore *catalogue,
                               QWidget *parent,
                               const QString &path = {},
                               std::optional<InventoryMode> mode = {});

    // Reads path (drag and drop, a path given by the caller) from the first page. mode
    // unset: tools, unless the file lists capabilities and no tools.
    void openFile(const QString &path, std::optional<InventoryMode> mode = {});
    // Asks for a file; false when the user cancelled.
    bool chooseFile();

    // For drag and drop: the paths of mime that the wizard can read (CSV, TSV, TXT, XLSX).
    static QStringList importablePaths(const QMimeData *mime);
    static bool canImport(const QString &path);

    ImportWizardSession *session() const { return m_session; }
    MatchReviewModel *matches() const { return m_matches; }
    ImportWizardMatchPage *matchPage() const { return m_matchPage; }

    int nextId() const override;
    void accept() override;
    void reject() override;

signals:
    // The import landed: a line for the status bar ("Imported 4 tools from tools.csv.
    // Undo with Ctrl+Z.").
    void imported(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createBusyStrip();
    void placeBusyStrip();
    void setBusy(bool busy, const QString &what);
    void previewArrived(bool sameTable);
    void updateSteps();

    ImportWizardSession *m_session;
    MatchReviewModel *m_matches;
    ImportWizardFilePage *m_filePage;
    ImportWizardMatchPage *m_matchPage;
    ImportWizardSummaryPage *m_summaryPage;
    ImportWizardSteps *m_steps;
    QFrame *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace sa
