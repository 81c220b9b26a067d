#pragma once

#include <QtGlobal>

#include <vector>

namespace sa {

// The steps that turn one keyed row list into another, for item models that refresh from
// a query but want to emit fine-grained signals (so views keep selection, scroll position
// and current item) instead of a reset. Rows are matched by key (a product or capability
// id); the caller applies the steps in order, then compares matched rows for dataChanged.
class RowSync
{
public:
    struct Step
    {
        enum Kind { Remove, Move, Insert };
        Kind kind;
        int first; // Remove: rows first..last; Move: the row to move; Insert: the new row's
        int last;  // position, which is also its index in the new list
        int to;    // Move: the row goes before this row (to < first)
    };

    static std::vector<Step> steps(const std::vector<qint64> &oldKeys,
                                   const std::vector<qint64> &newKeys);
};

} // namespace sa
