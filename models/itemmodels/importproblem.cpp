#include "importproblem.h"

#include "io/inventorypreview.h"

#include <QHash>

namespace sa {

namespace {

struct CellProblem
{
    int row;
    int column;
    bool error;
    QString message;
};

std::vector<CellProblem> cellProblems(const InventoryPreview &preview)
{
    std::vector<CellProblem> out;
    for (size_t r = 0; r < preview.rows.size(); ++r) {
        for (const InventoryCellProblem &p : preview.rows[r].problems)
            out.push_back({int(r), p.column, p.error, p.message});
    }
    if (preview.requirements.empty())
        return out;
    QHash<int, int> rowOfLine;
    for (int r = 0; r < preview.table.rowCount(); ++r)
        rowOfLine.insert(preview.table.rowLine(r), r);
    for (const InventoryRequirementRow &req : preview.requirements) {
        for (const InventoryCellProblem &p : req.problems)
            out.push_back({rowOfLine.value(req.line, -1), p.column, p.error, p.message});
    }
    return out;
}

QString cellLocation(const CsvTable &table, int row, int column)
{
    if (row < 0)
        return table.fileName();
    if (column < 0)
        return table.location(CsvPosition{table.rowLine(row), 1});
    return table.location(table.position(row, column));
}

// The header column an entry is about ("FILE:1:18: ..."), or -1.
int headerColumnOf(const CsvTable &table, const QString &entry)
{
    for (int c = 0; c < table.columnCount(); ++c) {
        if (entry.startsWith(table.location(table.headerPosition(c)) + u": "))
            return c;
    }
    return -1;
}

ImportProblem problem(const QString &fileName, bool error, const QString &text, int row, int column)
{
    // The location is the file name and what follows it up to the first ": ": a line and
    // column, or a sheet and cell (sheet names cannot hold ':').
    qsizetype end = text.indexOf(u": ", text.startsWith(fileName) ? fileName.size() : 0);
    if (end < 0)
        end = 0;
    QString message = text.mid(end > 0 ? end + 2 : 0);
    if (!error && message.startsWith(u"warning: "))
        message.remove(0, 9);
    return ImportProblem{error, text, text.left(end), message, row, column};
}

void collect(const InventoryPreview &preview,
             const QStringList &entries,
             bool error,
             const std::vector<CellProblem> &cells,
             std::vector<ImportProblem> *out)
{
    const QString &fileName = preview.fileName;
    const QString marker = error ? QStringLiteral(": ") : QStringLiteral(": warning: ");
    QHash<QString, qsizetype> cursor; // per suffix: where to look for its next entry
    std::vector<bool> used(size_t(entries.size()), false);
    std::vector<ImportProblem> tied(size_t(entries.size()));
    std::vector<ImportProblem> unlisted;
    for (const CellProblem &cell : cells) {
        if (cell.error != error)
            continue;
        const QString suffix = marker + cell.message;
        qsizetype &from = cursor[suffix];
        while (from < entries.size() && (used[size_t(from)] || !entries[from].endsWith(suffix)))
            ++from;
        if (from < entries.size()) {
            used[size_t(from)] = true;
            tied[size_t(from)] = problem(fileName, error, entries[from], cell.row, cell.column);
            ++from;
        } else {
            const QString where = cellLocation(preview.table, cell.row, cell.column);
            unlisted.push_back(problem(fileName, error, where + suffix, cell.row, cell.column));
        }
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (used[size_t(i)])
            out->push_back(tied[size_t(i)]);
        else
            out->push_back(problem(
                fileName, error, entries[i], -1, headerColumnOf(preview.table, entries[i])));
    }
    out->insert(out->end(), unlisted.begin(), unlisted.end());
}

} // namespace

std::vector<ImportProblem> collectImportProblems(const InventoryPreview &preview)
{
    const std::vector<CellProblem> cells = cellProblems(preview);
    std::vector<ImportProblem> out;
    collect(preview, preview.errors, true, cells, &out);
    collect(preview, preview.warnings, false, cells, &out);
    return out;
}

} // namespace sa
