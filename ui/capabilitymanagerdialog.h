#pragma once

#include "domain/capability.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sa {

class CapabilityDialog;
class CapabilityListModel;
class CatalogueDocument;

// Lists the catalogue's capabilities with a filter box, and adds, edits and deletes them
// through the document's undoable commands. It carries its own Undo and Redo, since the
// main window's are out of reach while it is open.
class CapabilityManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityManagerDialog)

public:
    CapabilityManagerDialog(CatalogueDocument *document,
                            CapabilityListModel *model,
                            QWidget *parent = nullptr);

    CapabilityId currentCapabilityId() const;
    void selectCapability(CapabilityId id);
    // Opens the capability dialog (window-modal, deletes itself); id 0 for a new one.
    CapabilityDialog *openCapabilityDialog(CapabilityId id);
    void deleteCurrent();

private:
    // Saves an edit read at *version, letting the user choose on a conflict.
    Status saveEdit(const Capability &edited, qint64 *version);
    void updateButtons();

    CatalogueDocument *m_document;
    CapabilityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace sa
