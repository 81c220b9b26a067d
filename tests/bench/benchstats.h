#pragma once

#include <QString>

#include <vector>

namespace sa::bench {

// Order statistics of timings. The benchmarks compare medians of interleaved runs: on a
// shared, loaded machine the mean follows the other jobs, the median mostly does not.
double median(std::vector<double> values);
double percentile(std::vector<double> values, double fraction); // nearest rank, 0.95 = p95

// This thread's CPU time in milliseconds.
double threadCpuMs();

// "1.52 2.03 2.41" from /proc/loadavg: printed with every table, since wall times on a
// busy machine mean little without it.
QString loadAverage();

} // namespace sa::bench
