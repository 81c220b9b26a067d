#pragma once

#include "catalogue/cataloguestore.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace sa {

// Both sides of a refused edit as the conflict dialog shows them: the fields as text.
struct ConflictSides
{
    QString kind; // "product" or "capability", as the message names it
    QString name;
    std::vector<std::pair<QString, QString>> mine;   // field, value
    std::vector<std::pair<QString, QString>> theirs; // empty when they deleted it
    qint64 mineVersion = 0;
    qint64 theirsVersion = 0;
    bool theirsExists = false;
};

// Shown when saving a product or capability of a shared catalogue that someone else saved
// first: the fields side by side, yours and theirs (the ones that differ in bold), each
// with its version, and the choice: Keep My Version (written over theirs), Keep Their
// Version (your edit is dropped), or Cancel (back to your edit, nothing saved).
class EditConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConflictDialog)

public:
    enum Choice { Cancelled = QDialog::Rejected, KeepMine = 10, KeepTheirs = 11 };

    explicit EditConflictDialog(const ConflictSides &sides, QWidget *parent = nullptr);
    explicit EditConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);
    explicit EditConflictDialog(const CapabilityConflict &conflict, QWidget *parent = nullptr);

    static ConflictSides sidesOf(const EditConflict &conflict);
    static ConflictSides sidesOf(const CapabilityConflict &conflict);

    // One turn of a versioned save: what it said and, when refused, both sides.
    struct Attempt
    {
        Status status = success();
        std::optional<ConflictSides> conflict;
    };
    // Saves with save(version) until it lands, asking on each conflict: Keep Mine saves
    // again over their version (*version becomes it), Keep Theirs gives success with
    // *keptTheirs set, Cancel gives the refusal (the editor stays open with the edit).
    static Status saveResolving(QWidget *parent,
                                qint64 *version,
                                const std::function<Attempt(qint64 basedOn)> &save,
                                bool *keptTheirs);

private:
    void fill(const ConflictSides &sides);

    QTableWidget *m_table;
};

} // namespace sa
