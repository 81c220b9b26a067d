#include "product.h"

namespace sa {

QString strengthName(int strength)
{
    switch (strength) {
    case 1:
        return QStringLiteral("basic");
    case 2:
        return QStringLiteral("solid");
    case 3:
        return QStringLiteral("leading");
    default:
        return QString();
    }
}

QString integrationKindName(IntegrationKind kind)
{
    switch (kind) {
    case IntegrationKind::Native:
        return QStringLiteral("native");
    case IntegrationKind::Connector:
        return QStringLiteral("connector");
    case IntegrationKind::Api:
        return QStringLiteral("api");
    }
    return QString();
}

bool parseIntegrationKind(const QString &text, IntegrationKind *kind)
{
    const QString t = text.trimmed().toLower();
    if (t == u"native")
        *kind = IntegrationKind::Native;
    else if (t == u"connector")
        *kind = IntegrationKind::Connector;
    else if (t == u"api")
        *kind = IntegrationKind::Api;
    else
        return false;
    return true;
}

const QStringList &knownSegments()
{
    static const QStringList segments{QStringLiteral("smb"),
                                      QStringLiteral("mid-market"),
                                      QStringLiteral("enterprise")};
    return segments;
}

} // namespace sa
