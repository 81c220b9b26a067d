#include "timedprocess.h"

#include <QFile>
#include <QProcessEnvironment>

#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace sa::bench {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double ms(const timeval &tv)
{
    return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3;
}

} // namespace

QString TimedRun::failure(const QString &what) const
{
    const QString tail = QString::fromLocal8Bit(err).trimmed().section(u'\n', 0, 4);
    return what + u" failed (exit " + QString::number(exitCode) + u"): " + tail;
}

TimedRun runTimed(const QString &program,
                  const QStringList &args,
                  const QStringList &env,
                  const QString &scratchDir,
                  int timeoutMs)
{
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : env)
        full.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    std::vector<QByteArray> argBytes{program.toLocal8Bit()}, envBytes;
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    for (const QString &e : full.toStringList())
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    const QString outPath = scratchDir + u"/stdout.txt";
    const QString errPath = scratchDir + u"/stderr.txt";
    const QByteArray outFile = outPath.toLocal8Bit(), errFile = errPath.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, 1, outFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(
        &actions, 2, errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    TimedRun run;
    pid_t pid = 0;
    run.started = std::chrono::steady_clock::now();
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.err = QByteArray("cannot start ") + argBytes[0];
        return run;
    }
    // A child that hangs (a window that never paints) is killed after timeoutMs.
    std::mutex mutex;
    std::condition_variable exited;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!exited.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return done; }))
            kill(pid, SIGKILL);
    });
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    {
        const std::lock_guard lock(mutex);
        done = true;
    }
    exited.notify_one();
    watchdog.join();
    run.wallMs
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - run.started)
              .count();
    run.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    run.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.ok = WIFEXITED(status) && run.exitCode == 0;
    run.out = readAll(outPath);
    run.err = readAll(errPath);
    return run;
}

} // namespace sa::bench
