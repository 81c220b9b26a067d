#pragma once

#include "capabilitydirectory.h"
#include "domain/requirement.h"
#include "itemmodels/syncedtablemodel.h"

#include <QHash>

namespace sa {

class CatalogueStore;
class WorkspaceDocument;

// The workspace's requirements, ordered by capability name: the capability, its
// subcategory, the importance and the minimum strength. Importance and strength are
// edited in place: setData() hands the change to WorkspaceDocument::setRequirement (one
// undoable command), and the rows follow the document's requirementsChanged and
// capabilitiesChanged as inserts, moves, removals and dataChanged, so a view keeps its
// selection through edits and undo.
class RequirementListModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementListModel)

public:
    enum Column { Capability, Subcategory, Importance, MinStrength, ColumnCount };
    enum Role {
        // Capability and subcategory names; importance as int (0 must, 1 should, 2 nice);
        // minimum strength 1-3. Qt::EditRole of the last two is the choice index.
        UnderlyingDataRole = Qt::UserRole,
        CapabilitySlugRole,
        ChoicesRole, // the choices of an editable column, as a QStringList
    };

    // catalogue may be null; it names capabilities the workspace has no snapshot of.
    RequirementListModel(WorkspaceDocument *document,
                         const CatalogueStore *catalogue,
                         QObject *parent = nullptr);

    const Requirement &requirement(int row) const { return m_rows[size_t(row)].requirement; }
    int rowOf(const QString &capabilitySlug) const; // -1 when not required
    int count(sa::Importance importance) const;
    const CapabilityDirectory &directory() const { return m_directory; }
    // Reads the requirements again and applies the differences row by row.
    void refresh();

    static QStringList importanceChoices(); // "Must", "Should", "Nice to have"
    static QStringList strengthChoices();   // "1 · basic", "2 · solid", "3 · leading"

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The rows were refreshed (counts may have changed).
    void requirementsRefreshed();
    // A change was refused; message says why.
    void editFailed(const QString &message);

private:
    struct Row
    {
        sa::Requirement requirement;
        QString name;
        QString subcategory;
        friend bool operator==(const Row &, const Row &) = default;
    };
    void rebuildDirectory();
    qint64 keyOf(const QString &slug);

    WorkspaceDocument *m_document;
    std::vector<sa::Capability> m_catalogueCapabilities;
    std::vector<Category> m_categories;
    CapabilityDirectory m_directory;
    std::vector<Row> m_rows;
    QHash<QString, qint64> m_keys; // stable row keys for RowSync
};

} // namespace sa
