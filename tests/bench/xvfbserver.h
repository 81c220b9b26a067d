#pragma once

#include <QProcess>
#include <QString>

namespace sa::bench {

// A private X server for the start-up runs on a real windowing system: Xvfb picks a free
// display itself (-displayfd) and is stopped with this object. One server for all runs,
// so that its own start-up is never part of a timing.
class XvfbServer
{
public:
    XvfbServer();
    ~XvfbServer();
    Q_DISABLE_COPY_MOVE(XvfbServer)

    bool start(QString *error);
    QString display() const { return m_display; } // ":99"

private:
    QProcess m_process;
    QString m_display;
};

} // namespace sa::bench
