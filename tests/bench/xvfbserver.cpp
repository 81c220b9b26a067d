#include "xvfbserver.h"

#include <QStandardPaths>

namespace sa::bench {

XvfbServer::XvfbServer() = default;

XvfbServer::~XvfbServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool XvfbServer::start(QString *error)
{
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_qs);
    if (xvfb.isEmpty()) {
        *error = u"Xvfb is not installed (Debian package xvfb)"_qs;
        return false;
    }
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(xvfb,
                    {u"-displayfd"_qs,
                     u"1"_qs,
                     u"-screen"_qs,
                     u"0"_qs,
                     u"1920x1080x24"_qs,
                     u"-nolisten"_qs,
                     u"tcp"_qs});
    // The display number arrives on the descriptor once the server accepts clients.
    QByteArray out;
    while (!out.contains('\n') && m_process.waitForReadyRead(10'000))
        out += m_process.readAllStandardOutput();
    bool ok = false;
    const int number = out.trimmed().toInt(&ok);
    if (!ok) {
        *error = u"Xvfb did not start"_qs;
        return false;
    }
    m_display = u':' + QString::number(number);
    return true;
}

} // namespace sa::bench
