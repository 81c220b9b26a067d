#include "similaritymatrixmodel.h"

#include <QLocale>

#include <unordered_map>

namespace sa {

namespace {

// A greedy chain: start from the most similar pair, then always take the unplaced tool
// most like the last one placed (or, when none is like it, most like any placed tool),
// ties by name. Similar tools end up next to each other, so the heat gathers along the
// diagonal instead of being spread over a matrix in name order.
std::vector<ToolIndex> similarityOrder(const AnalysisResult &result,
                                       const std::vector<ToolIndex> &byName)
{
    const size_t tools = result.tools.size();
    std::vector<std::vector<std::pair<ToolIndex, double>>> like(tools);
    for (const SimilarPair &p : result.similarPairs) {
        like[size_t(p.a)].emplace_back(p.b, p.similarity);
        like[size_t(p.b)].emplace_back(p.a, p.similarity);
    }
    std::vector<bool> placed(tools, false);
    std::vector<double> toPlaced(tools, 0.0); // best similarity to any placed tool
    std::vector<ToolIndex> order;
    order.reserve(byName.size());
    ToolIndex next = result.similarPairs.empty() ? -1 : result.similarPairs.front().a;
    while (next >= 0) {
        order.push_back(next);
        placed[size_t(next)] = true;
        double best = 0;
        ToolIndex after = -1;
        for (const auto &[t, s] : like[size_t(next)]) {
            toPlaced[size_t(t)] = std::max(toPlaced[size_t(t)], s);
            if (!placed[size_t(t)]
                && (s > best || (s == best && after >= 0 && result.nameBefore(t, after)))) {
                best = s;
                after = t;
            }
        }
        if (after < 0) {
            for (const ToolIndex t : byName) {
                if (!placed[size_t(t)] && (after < 0 || toPlaced[size_t(t)] > best)) {
                    best = toPlaced[size_t(t)];
                    after = t;
                }
            }
        }
        next = after;
    }
    return order;
}

} // namespace

SimilarityMatrixModel::SimilarityMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SimilarityMatrixModel::setAnalysis(const AnalysisResult &result)
{
    beginResetModel();
    std::vector<bool> similar(result.tools.size(), false);
    for (const SimilarPair &p : result.similarPairs)
        similar[size_t(p.a)] = similar[size_t(p.b)] = true;
    std::vector<ToolIndex> byName;
    for (const ToolIndex t : result.toolsByName()) {
        if (similar[size_t(t)])
            byName.push_back(t);
    }
    m_tools = similarityOrder(result, byName);
    const size_t n = m_tools.size();
    std::unordered_map<ToolIndex, size_t> section;
    m_names.clear();
    m_ids.clear();
    m_strengths.assign(n, {});
    const CapabilityGraph &cg = result.capabilityGraph;
    const auto &g = cg.graph();
    for (size_t s = 0; s < n; ++s) {
        const ToolIndex t = m_tools[s];
        section.emplace(t, s);
        m_names.push_back(result.tools[size_t(t)].name);
        m_ids.push_back(result.tools[size_t(t)].id);
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(t), g)))
            m_strengths[s].emplace_back(cg.capabilityOf(boost::target(e, g)), g[e].strength);
        std::sort(m_strengths[s].begin(), m_strengths[s].end());
    }
    m_cells.assign(n * n, 0.0);
    for (size_t s = 0; s < n; ++s)
        m_cells[s * n + s] = 1.0;
    for (const SimilarPair &p : result.similarPairs) {
        const size_t a = section.at(p.a), b = section.at(p.b);
        m_cells[a * n + b] = m_cells[b * n + a] = p.similarity;
    }
    endResetModel();
}

double SimilarityMatrixModel::similarity(int row, int column) const
{
    return m_cells[size_t(row) * m_tools.size() + size_t(column)];
}

int SimilarityMatrixModel::sectionOf(ToolId tool) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), tool);
    return found == m_ids.end() ? -1 : int(found - m_ids.begin());
}

SimilarityMatrixModel::Fraction SimilarityMatrixModel::fraction(int row, int column) const
{
    // A merge of the two sorted strength lists.
    const auto &a = m_strengths[size_t(row)];
    const auto &b = m_strengths[size_t(column)];
    Fraction f;
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
            f.max += a[i++].second;
        } else if (i == a.size() || b[j].first < a[i].first) {
            f.max += b[j++].second;
        } else {
            f.min += std::min(a[i].second, b[j].second);
            f.max += std::max(a[i].second, b[j].second);
            ++i;
            ++j;
        }
    }
    return f;
}

int SimilarityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tools.size());
}

int SimilarityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tools.size());
}

QVariant SimilarityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const double s = similarity(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (row == column || s == 0)
            return QString();
        return QString::number(qRound(s * 100));
    case UnderlyingDataRole:
        return s;
    case ToolIdRole:
        return m_ids[size_t(row)];
    case Qt::ToolTipRole: {
        if (row == column)
            return m_names[size_t(row)];
        const Fraction f = fraction(row, column);
        return tr("%1 and %2\nSimilarity %3/%4 = %5 (%6 %)\nShared strength over combined "
                  "strength (weighted Jaccard)")
            .arg(m_names[size_t(row)], m_names[size_t(column)])
            .arg(f.min)
            .arg(f.max)
            .arg(QString::number(s, 'f', 4), QString::number(s * 100, 'f', 1));
    }
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return {};
    }
}

QVariant SimilarityMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (section < 0 || section >= int(m_tools.size()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_names[size_t(section)];
    case ToolIdRole:
        return m_ids[size_t(section)];
    default:
        return {};
    }
}

} // namespace sa
