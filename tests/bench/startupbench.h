#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sa::bench {

struct StartupFigures
{
    QString platform;
    std::vector<double> appMs, bareMs;       // process start to first painted frame, wall
    std::vector<double> appCpuMs, bareCpuMs; // CPU of the whole process (it quits at once)
    QStringList problems;
};

// The start-up budget: the real `stackatlas` (per-user catalogue already built by an
// untimed first run) against bare_window, each started `runs` times, interleaved, with
// STACKATLAS_EXIT_AFTER_FIRST_PAINT=1 so that each quits after its first frame and says
// when that was. platform: "offscreen", or "xcb" with display (a private Xvfb). Settings
// and the catalogue live under workDir (XDG_CONFIG_HOME, XDG_DATA_HOME), never the user's.
StartupFigures benchStartup(const QString &app,
                            const QString &bare,
                            const QString &platform,
                            const QString &display,
                            const QString &workDir,
                            int runs);

} // namespace sa::bench
