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

} // namespace sa::test
