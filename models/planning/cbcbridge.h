#pragma once

// The boundary between the planner and the CBC module. CBC and what it pulls in (Clp,
// Osi, CoinUtils, LAPACK, BLAS, gfortran: some twenty libraries) are loaded only when a
// plan is first optimized, not at every start of the application, so the module is
// opened at run time and this is its whole interface: plain C types, one entry point,
// and a version both sides must agree on.
extern "C" {

// A mixed-integer program in row form. Arrays are owned by the caller and live for the
// call. Rows are sparse: row r uses rowColumn/rowValue[rowStart[r] .. rowStart[r + 1]).
struct SaMipModel
{
    int columns;
    const double *columnLower;
    const double *columnUpper;
    const double *objective;
    const char *integer; // 1: the column takes whole values
    int rows;
    const int *rowStart; // rows + 1 offsets
    const int *rowColumn;
    const double *rowValue;
    const char *rowSense; // 'G', 'L' or 'E'
    const double *rowRhs;
    int startCount; // a MIP start over the first startCount columns, or 0
    const int *startColumn;
    const double *startValue;
    double timeLimitSeconds;
    double allowableGap; // absolute, in objective units
    // Called at every node (and round of cuts at the root) with the count of calls so
    // far; a nonzero return closes the node, which ends the search. May be null.
    int (*onNode)(const void *context, int calls);
    const void *context;
};

struct SaMipSolution
{
    double *values; // the caller's array of `columns` entries, filled when hasSolution
    int hasSolution;
    int provenOptimal;
    int provenInfeasible;
    double bestPossible; // lower bound on the objective
    int nodes;
};

// Returns 0 when the solve ran (whatever it found), nonzero when it could not start.
typedef int (*SaSolveMip)(const SaMipModel *model, SaMipSolution *solution);
typedef int (*SaBridgeVersion)();
}

namespace sa {
// Bumped whenever the structs above change.
inline constexpr int kCbcBridgeVersion = 1;
inline constexpr char kCbcSolveSymbol[] = "sa_cbc_solve";
inline constexpr char kCbcVersionSymbol[] = "sa_cbc_bridge_version";
} // namespace sa
