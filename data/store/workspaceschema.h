#pragma once

#include "domain/origin.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace sa {

// Facts about the workspace's SQLite schema that the code must agree on with the
// migrations in data/migrations/workspace, and the text forms of values stored in it.
struct WorkspaceSchema
{
    // PRAGMA application_id of every workspace file ('SAws'); 001_base.sql sets it. It
    // differs from the catalogue's, so that neither file is ever taken for the other.
    static constexpr qint32 applicationId = 0x53417773;
    static QString migrationsFolder();

    // capability.source: a snapshot of a catalogue capability, or one local to the
    // workspace (Origin::Shipped and Origin::User in the domain types).
    static QString sourceText(Origin origin); // "catalogue" or "local"
    static Origin originFromSource(QStringView text);

    // Dates as ISO text or NULL; instants as ISO UTC text with milliseconds.
    static QVariant dateValue(const QDate &date);
    static QDate dateFrom(const QVariant &value);
    static QString instantText(const QDateTime &instant);
    static QDateTime instantFrom(const QString &text);
};

} // namespace sa
