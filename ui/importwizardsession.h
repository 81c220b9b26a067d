#pragma once

#include "domain/result.h"
#include "io/inventoryimporter.h"

#include <QObject>

#include <functional>
#include <memory>

template<typename T>
class QFutureWatcher;

namespace sa {

class CatalogueStore;
class WorkspaceDocument;

// The import wizard's state: the file, the options the current preview was made with, the
// preview, and the engine that made it. Reading and re-previewing run on the thread pool
// (the catalogue and workspace are read here first, since their SQL connections belong to
// this thread); the result replaces the preview only when it arrives, so cancel() simply
// drops the running job and leaves the path, options and preview as they were.
class ImportWizardSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardSession)

public:
    ImportWizardSession(WorkspaceDocument *document,
                        const CatalogueStore *catalogue,
                        QObject *parent = nullptr);
    ~ImportWizardSession() override;

    WorkspaceDocument *document() const { return m_document; }
    const QString &path() const { return m_path; }
    const InventoryOptions &options() const { return m_options; }
    const InventoryPreview &preview() const { return m_preview; }
    bool hasTable() const { return m_preview.table.columnCount() > 0; }
    // Whether the user picked the mode; otherwise a file that lists capabilities and no
    // tools is read as requirements.
    bool modeChosen() const { return m_modeChosen; }
    // The engine's catalogue, once a first preview has been made (else null).
    const InventoryCatalogue *catalogue() const;
    bool isBusy() const { return m_watcher != nullptr; }

    // Reads a file (again) with the given overrides; off the GUI thread.
    void read(const QString &path, const InventoryOptions &options, bool modeChosen);
    // Previews the table already read with other mappings, date order or mode.
    void remap(const InventoryOptions &options, bool modeChosen);
    // Drops the running job, if any; the preview stays as it was.
    void cancel();

    InventoryOutcome outcome(const InventoryDecisions &decisions) const;
    // Applies the outcome to the document as one undoable command labelled for the file.
    Expected<WorkspaceImportResult> apply(const InventoryOutcome &outcome);
    // "Import 4 tools from tools.csv", "Import 3 requirements from needs.csv"
    QString commandText(const InventoryOutcome &outcome) const;

    // The order of numeric dates people write here, for files that do not tell.
    static DateOrder localeDateOrder();

signals:
    void busyChanged(bool busy, const QString &what);
    // A new preview arrived. sameTable: the rows are those of the last preview (remap).
    void previewChanged(bool sameTable);
    void cancelled();

private:
    struct Job
    {
        std::shared_ptr<const InventoryImporter> importer;
        InventoryPreview preview;
        InventoryOptions options;
    };
    void start(const QString &what,
               const QString &path,
               bool sameTable,
               bool modeChosen,
               std::function<Job()> work);
    std::function<std::shared_ptr<const InventoryImporter>()> importerFactory();

    WorkspaceDocument *m_document;
    const CatalogueStore *m_catalogue;
    std::shared_ptr<const InventoryImporter> m_importer;
    QString m_path;
    InventoryOptions m_options;
    InventoryPreview m_preview;
    bool m_modeChosen = false;
    QFutureWatcher<Job> *m_watcher = nullptr;
};

} // namespace sa
