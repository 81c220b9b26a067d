#include "matchreviewmodel.h"

#include <QBrush>
#include <QFont>

namespace sa {

namespace {

struct Badge
{
    QColor background;
    QColor text;
};

Badge badgeOf(MatchReviewModel::State state)
{
    using S = MatchReviewModel::State;
    switch (state) {
    case S::Accepted:
    case S::Confirmed:
    case S::FromFile:
        return {QColor(0xdc, 0xf3, 0xe6), QColor(0x16, 0x5c, 0x37)};
    case S::Chosen:
        return {QColor(0xdc, 0xeb, 0xf7), QColor(0x12, 0x30, 0x4f)};
    case S::Suggested:
        return {QColor(0xfe, 0xf0, 0xc7), QColor(0x7a, 0x4b, 0x05)};
    case S::Unmatched:
    case S::Custom:
        return {QColor(0xee, 0xf1, 0xf5), QColor(0x47, 0x55, 0x69)};
    }
    return {};
}

} // namespace

MatchReviewModel::MatchReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatchReviewModel::setPreview(const InventoryPreview *preview,
                                  const InventoryCatalogue *catalogue,
                                  bool keepDecisions)
{
    beginResetModel();
    m_preview = preview;
    m_catalogue = catalogue;
    m_rows.clear();
    if (!keepDecisions)
        m_decisions.clear();
    if (preview && preview->mode == InventoryMode::Tools) {
        for (size_t r = 0; r < preview->rows.size(); ++r) {
            if (!preview->rows[r].skipped)
                m_rows.push_back(int(r));
        }
    }
    std::erase_if(m_decisions, [this](const auto &d) { return rowOfPreviewRow(d.first) < 0; });
    endResetModel();
    emit decisionsChanged();
}

int MatchReviewModel::rowOfPreviewRow(int previewRow) const
{
    const auto found = std::find(m_rows.begin(), m_rows.end(), previewRow);
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

const InventoryRow &MatchReviewModel::inventoryRow(int row) const
{
    return m_preview->rows[size_t(m_rows[size_t(row)])];
}

MatchReviewModel::State MatchReviewModel::state(int row) const
{
    const InventoryMatch &match = inventoryRow(row).match;
    const auto decided = m_decisions.find(m_rows[size_t(row)]);
    if (decided == m_decisions.end()) {
        switch (match.kind) {
        case InventoryMatchKind::Accepted:
            return State::Accepted;
        case InventoryMatchKind::Suggested:
            return State::Suggested;
        case InventoryMatchKind::Unmatched:
            return State::Unmatched;
        case InventoryMatchKind::FromFile:
            return match.productSlug.isEmpty() ? State::Custom : State::FromFile;
        }
    }
    const QString &slug = decided->second;
    if (slug.isEmpty())
        return match.kind == InventoryMatchKind::Unmatched ? State::Unmatched : State::Custom;
    if (slug == match.productSlug)
        return match.kind == InventoryMatchKind::FromFile ? State::FromFile : State::Accepted;
    if (match.kind == InventoryMatchKind::Suggested && !match.candidates.empty()
        && match.candidates.front().productSlug == slug)
        return State::Confirmed;
    return State::Chosen;
}

QString MatchReviewModel::productSlug(int row) const
{
    const auto decided = m_decisions.find(m_rows[size_t(row)]);
    if (decided != m_decisions.end())
        return decided->second;
    const InventoryMatch &match = inventoryRow(row).match;
    return match.kind == InventoryMatchKind::Accepted || match.kind == InventoryMatchKind::FromFile
               ? match.productSlug
               : QString();
}

void MatchReviewModel::decide(int row, const QString &slug)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    m_decisions[m_rows[size_t(row)]] = slug;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit decisionsChanged();
}

int MatchReviewModel::acceptAllSuggestions()
{
    int accepted = 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (state(row) != State::Suggested || inventoryRow(row).match.candidates.empty())
            continue;
        m_decisions[m_rows[size_t(row)]] = inventoryRow(row).match.candidates.front().productSlug;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        ++accepted;
    }
    if (accepted > 0)
        emit decisionsChanged();
    return accepted;
}

InventoryDecisions MatchReviewModel::decisions() const
{
    InventoryDecisions out;
    out.products = m_decisions;
    return out;
}

int MatchReviewModel::countIn(std::initializer_list<State> states) const
{
    int n = 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (std::find(states.begin(), states.end(), state(row)) != states.end())
            ++n;
    }
    return n;
}

QString MatchReviewModel::stateName(State state)
{
    switch (state) {
    case State::Accepted:
        return tr("Accepted");
    case State::FromFile:
        return tr("From the file");
    case State::Suggested:
        return tr("Suggested");
    case State::Confirmed:
        return tr("Confirmed");
    case State::Chosen:
        return tr("Your choice");
    case State::Unmatched:
        return tr("Unmatched");
    case State::Custom:
        return tr("Custom");
    }
    return QString();
}

QString MatchReviewModel::productLabel(const QString &slug) const
{
    const sa::Product *product = m_catalogue ? m_catalogue->product(slug) : nullptr;
    if (!product)
        return slug;
    return product->vendorName.isEmpty() ? product->name
                                         : tr("%1 (%2)").arg(product->name, product->vendorName);
}

QString MatchReviewModel::shownSlug(int row) const
{
    // A suggestion shows its best candidate until it is confirmed or replaced.
    const InventoryMatch &match = inventoryRow(row).match;
    if (state(row) == State::Suggested && !match.candidates.empty())
        return match.candidates.front().productSlug;
    return productSlug(row);
}

const MatchCandidate *MatchReviewModel::candidate(int row, const QString &slug) const
{
    for (const MatchCandidate &c : inventoryRow(row).match.candidates) {
        if (c.productSlug == slug)
            return &c;
    }
    return nullptr;
}

int MatchReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchReviewModel::displayData(int row, int column) const
{
    const InventoryRow &r = inventoryRow(row);
    const State s = state(row);
    const QString slug = shownSlug(row);
    const MatchCandidate *c = slug.isEmpty() ? nullptr : candidate(row, slug);
    switch (column) {
    case Line:
        return r.line;
    case Tool:
        return r.tool.name;
    case Status:
        return stateName(s);
    case Product:
        if (slug.isEmpty())
            return tr("Custom tool");
        return s == State::Suggested ? tr("%1?").arg(productLabel(slug)) : productLabel(slug);
    case Confidence:
        return c ? QVariant(tr("%1 %").arg(qRound(c->confidence * 100))) : QVariant();
    case Reason:
        if (s == State::FromFile)
            return tr("named in the file");
        if (s == State::Chosen && !c)
            return tr("picked from the catalogue");
        if (s == State::Custom)
            return tr("kept custom");
        if (s == State::Unmatched)
            return tr("nothing close");
        return c ? matchReasonName(c->reason) : QString();
    }
    return QVariant();
}

QVariant MatchReviewModel::underlyingData(int row, int column) const
{
    switch (column) {
    case Status:
        return int(state(row));
    case Confidence: {
        const MatchCandidate *c = candidate(row, shownSlug(row));
        return c ? c->confidence : -1.0;
    }
    default:
        return displayData(row, column);
    }
}

QVariant MatchReviewModel::styleData(int row, int column, int role) const
{
    const State s = state(row);
    if (column == Status && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const Badge badge = badgeOf(s);
        return QBrush(role == Qt::BackgroundRole ? badge.background : badge.text);
    }
    const bool tentative = s == State::Suggested || productSlug(row).isEmpty();
    if (column == Product && role == Qt::ForegroundRole && tentative)
        return QBrush(QColor(0x64, 0x74, 0x8b));
    if (role == Qt::FontRole && ((column == Product && tentative) || column == Status)) {
        QFont font;
        font.setItalic(column == Product);
        font.setBold(column == Status);
        return font;
    }
    return QVariant();
}

QVariant MatchReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case UnderlyingDataRole:
        return underlyingData(row, index.column());
    case PreviewRowRole:
        return m_rows[size_t(row)];
    case Qt::ToolTipRole:
        if (index.column() == Status && state(row) == State::Suggested)
            return tr("Not imported with this product unless you confirm it; otherwise the "
                      "tool is imported as a custom tool.");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Line || index.column() == Confidence)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Status)
            return QVariant(Qt::AlignCenter);
        return QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
        return styleData(row, index.column(), role);
    default:
        return QVariant();
    }
}

QVariant MatchReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Line"),
                                         QT_TR_NOOP("Tool in the file"),
                                         QT_TR_NOOP("Match"),
                                         QT_TR_NOOP("Catalogue product"),
                                         QT_TR_NOOP("Confidence"),
                                         QT_TR_NOOP("Why")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
