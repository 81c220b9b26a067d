#pragma once

#include "catalogue/cataloguestore.h"

#include <QDialog>

class QTableWidget;

namespace sa {

// Shown when saving a product of a shared catalogue that someone else saved first: the
// fields side by side, yours and theirs (the ones that differ in bold), each with its
// version, and the choice: Keep My Version (written over theirs), Keep Their Version
// (your edit is dropped), or Cancel (back to your edit, nothing saved).
class EditConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConflictDialog)

public:
    enum Choice { Cancelled = QDialog::Rejected, KeepMine = 10, KeepTheirs = 11 };

    EditConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

private:
    void fill(const EditConflict &conflict);

    QTableWidget *m_table;
};

} // namespace sa
