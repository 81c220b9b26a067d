#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace sa {

// The steps that turn one keyed row list into another, for item models that refresh from
// a query but want to emit fine-grained signals (so views keep selection, scroll position
// and current item) instead of a reset. Rows are matched by key (a product or capability
// id). Removals come first, then moves (only rows outside the longest run that is
// already in order move, so a renamed row moving down is one move), then inserts. The
// caller applies the steps in order, then compares matched rows for dataChanged.
class RowSync
{
public:
    struct Step
    {
        enum Kind { Remove, Move, Insert };
        Kind kind;
        int first; // Remove: rows first..last; Move: the row to move; Insert: the new row's
        int last;  // position, which is also its index in the new list
        int to;    // Move: the row goes before this row, numbered as before the move
    };

    static std::vector<Step> steps(const std::vector<qint64> &oldKeys,
                                   const std::vector<qint64> &newKeys);

    // Applies one step to a model's row storage; next is the new list (for inserts).
    template<typename Row>
    static void apply(std::vector<Row> &rows, const Step &step, const std::vector<Row> &next)
    {
        const auto at = [&rows](int row) {
            return rows.begin() + row;
        };
        switch (step.kind) {
        case Step::Remove:
            rows.erase(at(step.first), at(step.last + 1));
            break;
        case Step::Move:
            if (step.to < step.first)
                std::rotate(at(step.to), at(step.first), at(step.first + 1));
            else
                std::rotate(at(step.first), at(step.first + 1), at(step.to));
            break;
        case Step::Insert:
            rows.insert(at(step.first), next[size_t(step.first)]);
            break;
        }
    }
};

} // namespace sa
