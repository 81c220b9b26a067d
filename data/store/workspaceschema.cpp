#include "workspaceschema.h"

#include "shippeddata.h"

#include <QTimeZone>

namespace sa {

QString WorkspaceSchema::migrationsFolder()
{
    return migrationsDir() + u"/workspace";
}

QString WorkspaceSchema::sourceText(Origin origin)
{
    return origin == Origin::Shipped ? QStringLiteral("catalogue") : QStringLiteral("local");
}

Origin WorkspaceSchema::originFromSource(QStringView text)
{
    return text == u"catalogue" ? Origin::Shipped : Origin::User;
}

QVariant WorkspaceSchema::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate WorkspaceSchema::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString WorkspaceSchema::instantText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime WorkspaceSchema::instantFrom(const QString &text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.toUTC();
}

} // namespace sa
