#include "startupbench.h"

#include "timedprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace sa::bench {

namespace {

// Milliseconds from the launch to the "first-paint-ns N" line of FirstPaintProbe; -1
// when the child printed none.
double firstPaintMs(const TimedRun &run)
{
    const QList<QByteArray> lines = run.err.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("first-paint-ns "))
            continue;
        const std::chrono::nanoseconds stamp(line.mid(15).trimmed().toLongLong());
        const auto launched = run.started.time_since_epoch();
        return std::chrono::duration<double, std::milli>(stamp - launched).count();
    }
    return -1;
}

} // namespace

StartupFigures benchStartup(const QString &app,
                            const QString &bare,
                            const QString &platform,
                            const QString &display,
                            const QString &workDir,
                            int runs)
{
    StartupFigures figures;
    figures.platform = platform;
    const QString home = workDir + u"/startup-" + platform;
    QDir(home).removeRecursively();
    for (const char16_t *dir : {u"/config", u"/data", u"/cache", u"/runtime"})
        QDir().mkpath(home + QString::fromUtf16(dir));
    QFile::setPermissions(home + u"/runtime",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QStringList env{u"QT_QPA_PLATFORM=" + platform,
                    u"STACKATLAS_EXIT_AFTER_FIRST_PAINT=1"_qs,
                    u"XDG_CONFIG_HOME=" + home + u"/config",
                    u"XDG_DATA_HOME=" + home + u"/data",
                    u"XDG_CACHE_HOME=" + home + u"/cache",
                    u"XDG_RUNTIME_DIR=" + home + u"/runtime"};
    if (!display.isEmpty())
        env << u"DISPLAY=" + display;

    auto launch =
        [&](const QString &program, std::vector<double> *ms, std::vector<double> *cpu, bool timed) {
            const TimedRun run = runTimed(program, {}, env, home, 60'000);
            const double paint = firstPaintMs(run);
            if (!run.ok || paint < 0) {
                figures.problems << run.failure(QDir(program).dirName() + u" on " + platform);
                return false;
            }
            if (timed) {
                ms->push_back(paint);
                cpu->push_back(run.cpuMs);
            }
            return true;
        };
    // Untimed first runs: stackatlas builds the per-user catalogue, both warm the caches.
    if (!launch(app, nullptr, nullptr, false) || !launch(bare, nullptr, nullptr, false))
        return figures;
    // The timed starts are the everyday ones: the catalogue exists and passed its
    // integrity check before. A file written less than two seconds ago is checked on
    // every start (IntegrityRecord), so date the new file back and let one more start
    // check it.
    const QString catalogue = home + u"/data/StackAtlas/StackAtlas/catalogue.sqlite";
    QFile file(catalogue);
    if (!file.open(QIODevice::ReadWrite)
        || !file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime)) {
        figures.problems << u"cannot date back " + catalogue + u": " + file.errorString();
        return figures;
    }
    file.close();
    if (!launch(app, nullptr, nullptr, false))
        return figures;
    for (int run = 0; run < runs; ++run) {
        const bool appFirst = run % 2 == 0;
        for (int i = 0; i < 2; ++i) {
            if ((i == 0) == appFirst)
                launch(app, &figures.appMs, &figures.appCpuMs, true);
            else
                launch(bare, &figures.bareMs, &figures.bareCpuMs, true);
        }
    }
    return figures;
}

} // namespace sa::bench
