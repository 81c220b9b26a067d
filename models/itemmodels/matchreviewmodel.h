#pragma once

#include "io/inventoryimporter.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>

namespace sa {

// The wizard's catalogue matching: one row per tool of the preview (totals rows left out)
// with the product it will be imported with, how sure the matcher was and why. The user's
// decisions (confirm a suggestion, pick another product, keep the tool custom) live here,
// keyed by the preview's row, and become the InventoryDecisions of the import. A
// suggestion nobody confirmed is imported as a custom tool, as the CLI does without
// --accept-suggestions, and says so.
class MatchReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchReviewModel)

public:
    enum Column { Line, Tool, Status, Product, Confidence, Reason, ColumnCount };
    enum Role {
        // Line (int), tool and product names, State (int), confidence (double, -1 none),
        // reason text.
        UnderlyingDataRole = Qt::UserRole,
        PreviewRowRole, // the row's index in InventoryPreview::rows
    };
    // Where a row stands, in the order the Status column sorts.
    enum class State { Suggested, Unmatched, Custom, Chosen, Confirmed, FromFile, Accepted };

    explicit MatchReviewModel(QObject *parent = nullptr);

    // keepDecisions: the rows are those of the last preview (a re-mapping of the same
    // table), so the user's decisions stay. The preview and catalogue must outlive the use.
    void setPreview(const InventoryPreview *preview,
                    const InventoryCatalogue *catalogue,
                    bool keepDecisions);

    int previewRow(int row) const { return m_rows[size_t(row)]; }
    int rowOfPreviewRow(int previewRow) const; // -1 when not shown
    const InventoryRow &inventoryRow(int row) const;
    State state(int row) const;
    QString productSlug(int row) const; // the product it will be imported with; empty: custom
    // Decides a row: slug of a catalogue product, or empty to keep the tool custom.
    void decide(int row, const QString &slug);
    // Confirms every undecided suggestion with its best candidate; returns how many.
    int acceptAllSuggestions();

    InventoryDecisions decisions() const;
    int countIn(std::initializer_list<State> states) const;

    static QString stateName(State state);
    QString productLabel(const QString &slug) const; // "Name (Vendor)", or the slug

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void decisionsChanged();

private:
    QString shownSlug(int row) const;
    const MatchCandidate *candidate(int row, const QString &slug) const;
    QVariant displayData(int row, int column) const;
    QVariant underlyingData(int row, int column) const;
    QVariant styleData(int row, int column, int role) const;

    const InventoryPreview *m_preview = nullptr;
    const InventoryCatalogue *m_catalogue = nullptr;
    std::vector<int> m_rows;            // preview row of each model row
    std::map<int, QString> m_decisions; // by preview row
};

} // namespace sa
