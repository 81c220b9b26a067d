#pragma once

#include <QObject>

class QWidget;

namespace sa {

// For start-up benchmarks (tests/bench): with STACKATLAS_EXIT_AFTER_FIRST_PAINT=1 in the
// environment the application quits right after the window's first frame is painted, and
// prints on stderr when that was ("first-paint-ns N", N on std::chrono::steady_clock,
// which every process on the machine shares, so the launcher can subtract its own start
// time). The window's first paint event starts the frame; the quit is queued, so it runs
// once the whole frame, children included, is painted and flushed. No Q_OBJECT: it has
// no signals, slots or properties, so it needs no moc and bare_window can compile it alone.
class FirstPaintProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    // Watches window when the variable is set; does nothing otherwise.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);

    bool m_painted = false;
};

} // namespace sa
