#include "cataloguecsvmessages.h"

namespace sa {

void CatalogueCsvMessages::error(const QString &where, const QString &what)
{
    if (errors.size() < maxErrors)
        errors << where + u": " + what;
    else if (errors.size() == maxErrors)
        errors << where + u": too many errors; stopped after " + QString::number(maxErrors);
}

void CatalogueCsvMessages::warning(const QString &where, const QString &what)
{
    if (warnings.size() < maxWarnings) {
        warnings << where + u": warning: " + what;
    } else {
        if (hiddenWarnings++ == 0)
            firstHiddenWarning = where;
    }
}

void CatalogueCsvMessages::finish()
{
    if (hiddenWarnings > 0)
        warnings << firstHiddenWarning + u": warning: " + QString::number(hiddenWarnings)
                        + u" more warnings are not listed";
    hiddenWarnings = 0;
}

} // namespace sa
