#pragma once

#include "domain/result.h"

#include <QString>

namespace sa {

// Where a team catalogue lives: postgresql://user@host:port/database (postgres:// too;
// ?service=NAME names a libpq service instead). The password is never part of it: libpq
// finds it in ~/.pgpass (or PGPASSFILE, or the service file), or the GUI asks for it and
// keeps it in memory (PostgresConnection::setPassword).
struct PostgresUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString service;

    // True for text that names a server rather than a file (postgresql:// or postgres://).
    static bool isPostgresUrl(const QString &text);
    // An error naming what is wrong, e.g. a password in the URL.
    static Expected<PostgresUrl> parse(const QString &text);
    // The URL written back, always in the postgresql:// form.
    QString toString() const;

    friend bool operator==(const PostgresUrl &, const PostgresUrl &) = default;
};

} // namespace sa
