#pragma once

#include <QStringList>

namespace sa {

// Errors and warnings of one import, capped so that a file full of mistakes gives a
// readable list; once errors reach the cap the import stops looking.
struct CatalogueCsvMessages
{
    QStringList errors;
    QStringList warnings;
    int maxErrors = 50;
    int maxWarnings = 200;
    int hiddenWarnings = 0;
    QString firstHiddenWarning; // location of the first warning past the cap

    void error(const QString &where, const QString &what);
    void warning(const QString &where, const QString &what);
    bool full() const { return errors.size() > maxErrors; }
    void finish(); // adds the "N more warnings" line
};

} // namespace sa
