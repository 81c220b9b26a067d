#pragma once

#include "store/postgresurl.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sa::test {

// A throw-away PostgreSQL server for the tests: initdb into a temporary folder, then
// pg_ctl starts postgres on 127.0.0.1 at a free port (no Unix socket), with password
// authentication; the password is written to a pgpass file named by PGPASSFILE, the
// way a user keeps it, so the tests connect as the application does. The binaries are
// found under /usr/lib/postgresql/*/bin (Debian's postgresql package). initdb refuses to
// run as root, so as root every command runs as 'nobody' (runuser) in a folder it owns.
// Stopped, and the folder removed, on destruction.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    Q_DISABLE_COPY_MOVE(PostgresServer)

    // Starts the server; false with error() saying why (no binaries, initdb failed...).
    bool start();
    bool stop();
    // Starts a stopped server again, on the same port and data.
    bool startAgain();
    // What the server logged so far (server.log).
    QString log() const;
    // A fast shutdown and start on the same port: every open connection is dropped.
    bool restart();
    QString error() const { return m_error; }

    // A new empty database and the URL of it (user stackatlas).
    PostgresUrl createDatabase(const QString &name);
    int port() const { return m_port; }

private:
    bool control(const QString &action); // pg_ctl stop or restart, fast and waiting
    bool launch();                       // pg_ctl start on the initialised data
    bool run(const QString &program, const QStringList &args, int timeoutMs);
    QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asNobody = false;
};

} // namespace sa::test
