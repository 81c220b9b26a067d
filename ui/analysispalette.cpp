#include "analysispalette.h"

namespace sa {

CoverageColors coverageColors(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Gap:
        return {QColor(0xfd, 0xe0, 0xdd), QColor(0xc8, 0x3b, 0x32)};
    case Coverage::Overlapped:
        return {QColor(0xfd, 0xec, 0xc4), QColor(0xc7, 0x7c, 0x02)};
    case Coverage::CoveredOnce:
        return {QColor(0xd8, 0xf0, 0xe6), QColor(0x1f, 0x7a, 0x55)};
    case Coverage::NotRequired:
        break;
    }
    return {QColor(0xf1, 0xf4, 0xf8), QColor(0xb6, 0xc2, 0xd1)};
}

QColor similarityColor(double similarity)
{
    const double s = std::clamp(similarity, 0.0, 1.0);
    // From white to #0e5f66 (the theme's teal, darker).
    const auto mix = [s](int from, int to) {
        return int(from + (to - from) * s + 0.5);
    };
    return QColor(mix(255, 0x0e), mix(255, 0x5f), mix(255, 0x66));
}

QColor similarityTextColor(double similarity)
{
    return similarity >= 0.5 ? QColor(Qt::white) : QColor(0x0f, 0x27, 0x40);
}

QColor hubColor()
{
    return QColor(0x1f, 0x4e, 0x8c);
}

QColor siloColor()
{
    return QColor(0xc7, 0x7c, 0x02);
}

QColor singlePointColor()
{
    return QColor(0xc8, 0x3b, 0x32);
}

QColor toolNodeColor()
{
    return QColor(0x2a, 0x8c, 0x8c);
}

} // namespace sa
