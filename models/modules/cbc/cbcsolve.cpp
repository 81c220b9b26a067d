// The CBC module: the planner's program handed to COIN-OR CBC through its C interface.
// Built as a separate shared module (see cbcbridge.h for why) with no Qt in it.
#include "planning/cbcbridge.h"

#include <coin/Cbc_C_Interface.h>

#include <algorithm>
#include <memory>

namespace {

struct ModelDeleter
{
    void operator()(Cbc_Model *m) const { Cbc_deleteModel(m); }
};

// CBC's cut callback runs at every node: it asks the caller whether to go on, and when
// told to stop adds a cut no solution meets (x0 <= -1 with x0 >= 0), which closes the
// node, so the search ends within a node.
struct Watch
{
    const SaMipModel *model;
    int calls;
};

void COINLINKAGE_CB onNode(void *, void *osiCuts, void *appData)
{
    auto *watch = static_cast<Watch *>(appData);
    ++watch->calls;
    if (watch->model->onNode(watch->model->context, watch->calls) != 0) {
        const int column = 0;
        const double one = 1.0;
        OsiCuts_addRowCut(osiCuts, 1, &column, &one, 'L', -1.0);
    }
}

} // namespace

extern "C" __attribute__((visibility("default"))) int sa_cbc_bridge_version()
{
    return sa::kCbcBridgeVersion;
}

extern "C" __attribute__((visibility("default"))) int sa_cbc_solve(const SaMipModel *in,
                                                                   SaMipSolution *out)
{
    const std::unique_ptr<Cbc_Model, ModelDeleter> holder(Cbc_newModel());
    Cbc_Model *model = holder.get();
    if (!model)
        return 1;
    for (int c = 0; c < in->columns; ++c)
        Cbc_addCol(model,
                   "",
                   in->columnLower[c],
                   in->columnUpper[c],
                   in->objective[c],
                   in->integer[c],
                   0,
                   nullptr,
                   nullptr);
    for (int r = 0; r < in->rows; ++r) {
        const int first = in->rowStart[r];
        Cbc_addRow(model,
                   "",
                   in->rowStart[r + 1] - first,
                   in->rowColumn + first,
                   in->rowValue + first,
                   in->rowSense[r],
                   in->rowRhs[r]);
    }
    if (in->startCount > 0)
        Cbc_setMIPStartI(model, in->startCount, in->startColumn, in->startValue);
    Cbc_setMaximumSeconds(model, std::max(0.01, in->timeLimitSeconds));
    Cbc_setAllowableFractionGap(model, 0.0);
    Cbc_setAllowableGap(model, in->allowableGap);
    // The solver's own log would go to stdout: off.
    Cbc_setParameter(model, "log", "0");
    Cbc_setParameter(model, "slog", "0");
    Cbc_setLogLevel(model, 0);
    Watch watch{in, 0};
    if (in->onNode)
        Cbc_addCutCallback(model, &onNode, "watch", &watch);
    Cbc_solve(model);

    out->nodes = Cbc_getNodeCount(model);
    const double *x = Cbc_bestSolution(model);
    out->hasSolution = x ? 1 : 0;
    if (x)
        std::copy(x, x + in->columns, out->values);
    out->provenOptimal = Cbc_isProvenOptimal(model);
    out->provenInfeasible = Cbc_isProvenInfeasible(model);
    out->bestPossible = Cbc_getBestPossibleObjValue(model);
    return 0;
}
