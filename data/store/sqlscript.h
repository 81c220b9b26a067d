#pragma once

#include <QString>
#include <QStringList>

namespace sa {

// Splits the text of a migration file into single statements for QSqlQuery, which runs
// one statement at a time. A ';' ends a statement unless it is inside a string, a quoted
// identifier, a comment, or the BEGIN ... END body of a CREATE TRIGGER (where CASE ...
// END expressions may also end just before a ';'). Comments are kept with the statement
// that follows them; empty statements are dropped.
QStringList splitSqlScript(QStringView script);

} // namespace sa
