#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sa {

class SqliteStatement;

// This thread's connection to one SQLite file. Qt SQL connections may only be used by
// the thread that opened them, so every (thread, file) pair gets its own named
// connection (never the default one), opened on first use and configured the same way:
// foreign keys on, a busy timeout, a larger page cache. Stores ask for the connection on
// every call instead of keeping one, which lets a worker thread use the same store and
// lets a file be closed and replaced (rebuild) under a live store. A thread's
// connections are removed when the thread ends.
class SqliteConnection
{
public:
    // The open connection of the calling thread to path; when it cannot be opened the
    // returned database is not open and lastError() says why.
    static QSqlDatabase database(const QString &path);
    // Closes and removes the calling thread's connection to path, if any. No query on it
    // may be alive.
    static void close(const QString &path);
    static QString connectionName(const QString &path);
    // A statement prepared once on the calling thread's open connection db and kept with
    // it (finalized before the connection closes), for reads that run on every
    // keystroke. sql must be a string literal: its address is the key. Callers reset()
    // the statement when done reading, so that it holds no read lock.
    static SqliteStatement &statement(const QSqlDatabase &db, const char *sql);
    // Which opening of db's connection this is: a number no other opening in the process
    // had, so that what was read through one connection is not taken for the next.
    static quint64 openingOf(const QSqlDatabase &db);
};

} // namespace sa
