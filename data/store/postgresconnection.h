#pragma once

#include "postgresurl.h"

#include <QSqlDatabase>
#include <QString>

namespace sa {

// This thread's connection to a catalogue server (QPSQL), as SqliteConnection is for a
// file: one named connection per (thread, server URL), opened on first use, removed when
// the thread ends. A connection the server dropped (restart, network) is detected from
// the failure's SQLSTATE and replaced by reconnect(). The password, when one was typed
// into the GUI, is kept here in memory for the process only; otherwise libpq reads
// ~/.pgpass or the service file itself.
class PostgresConnection
{
public:
    // The open connection of the calling thread; when it cannot be opened the database
    // returned is not open and lastError() says why.
    static QSqlDatabase database(const PostgresUrl &url);
    // Closes the calling thread's connection and opens a new one.
    static QSqlDatabase reconnect(const PostgresUrl &url);
    static void close(const PostgresUrl &url);

    // In memory only: never written to settings or disk.
    static void setPassword(const PostgresUrl &url, const QString &password);

    // What the last failure on this thread was (see lastDatabaseFailure()).
    static bool lastFailureWasSerialization(); // 40001, 40P01: run the transaction again
    static bool lastFailureWasConnection();    // class 08, 57P01-57P03, or no SQLSTATE
};

} // namespace sa
