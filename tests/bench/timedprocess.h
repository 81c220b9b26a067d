#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace sa::bench {

// One run of a program, timed from just before it is spawned to its exit, with the CPU
// time it used (user + system, from wait4): the CPU time barely moves when other jobs
// load the machine, the wall time does.
struct TimedRun
{
    bool ok = false; // started and exited by itself, with exit code 0
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;
    long maxRssKb = 0;                             // the child's peak resident memory (ru_maxrss)
    std::chrono::steady_clock::time_point started; // to compare with stamps the child prints
    QByteArray out;
    QByteArray err;

    QString failure(const QString &what) const; // "what failed (exit 3): first stderr lines"
};

// Runs program with args; env holds "NAME=value" entries that are added to (or replace
// those of) this process's environment. Output goes to files under scratchDir, read back
// afterwards, so that a pipe filling up never stalls the child being timed. The program
// is looked up in PATH unless it is a path; a child still running after timeoutMs is
// killed (and the run is not ok).
TimedRun runTimed(const QString &program,
                  const QStringList &args,
                  const QStringList &env,
                  const QString &scratchDir,
                  int timeoutMs = 600'000);

} // namespace sa::bench
