#include "raceedits.h"

#include <QThread>

#include <mutex>

namespace sa::test {

RaceOutcome raceEdits(int editors, int editsEach, const std::function<EditTurn(int, int)> &turn)
{
    RaceOutcome outcome;
    std::mutex mutex;
    std::vector<QThread *> threads;
    for (int e = 0; e < editors; ++e) {
        threads.push_back(QThread::create([&, e] {
            for (int n = 0; n < editsEach; ++n) {
                const EditTurn t = turn(e, n);
                const std::lock_guard lock(mutex);
                if (t.failed) {
                    ++outcome.failures;
                } else if (t.done.written) {
                    ++outcome.written;
                    outcome.basedOn.insert(t.basedOn);
                    outcome.texts[t.done.version] = t.text;
                } else {
                    ++outcome.conflicts;
                    if (t.done.version <= t.basedOn) // a refusal names the newer version
                        ++outcome.failures;
                }
            }
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        if (!t->wait(60'000))
            ++outcome.failures;
        delete t;
    }
    return outcome;
}

QStringList
raceProblems(const RaceOutcome &race, int turns, qint64 finalVersion, const QString &finalText)
{
    QStringList problems;
    const auto expect = [&problems](bool ok, const QString &what) {
        if (!ok)
            problems << what;
    };
    expect(race.failures == 0, QString::number(race.failures) + u" edits failed");
    expect(race.written + race.conflicts == turns,
           QString::number(turns - race.written - race.conflicts)
               + u" edits neither written nor refused");
    expect(race.written > 0, QStringLiteral("nothing was written"));
    expect(int(race.basedOn.size()) == race.written,
           QString::number(race.written - int(race.basedOn.size()))
               + u" written edits shared a version (lost updates)");
    expect(finalVersion == 1 + race.written,
           u"the row is at version " + QString::number(finalVersion) + u" after "
               + QString::number(race.written) + u" writes");
    expect(!race.basedOn.empty() && *race.basedOn.begin() == 1
               && *race.basedOn.rbegin() == race.written,
           QStringLiteral("the written edits were not made on versions 1 to written"));
    expect(race.texts.count(finalVersion) && race.texts.at(finalVersion) == finalText,
           QStringLiteral("the row does not hold the last edit written"));
    return problems;
}

} // namespace sa::test
