#include "requirement.h"

namespace sa {

QString importanceName(Importance importance)
{
    switch (importance) {
    case Importance::Must:
        return QStringLiteral("must");
    case Importance::Should:
        return QStringLiteral("should");
    case Importance::Nice:
        return QStringLiteral("nice");
    }
    return QString();
}

bool parseImportance(const QString &text, Importance *importance)
{
    const QString t = text.trimmed().toLower();
    if (t == u"must" || t == u"must have" || t == u"must-have" || t == u"required")
        *importance = Importance::Must;
    else if (t == u"should" || t == u"should have" || t == u"should-have" || t == u"important")
        *importance = Importance::Should;
    else if (t == u"nice" || t == u"nice to have" || t == u"nice-to-have" || t == u"optional")
        *importance = Importance::Nice;
    else
        return false;
    return true;
}

} // namespace sa
