#include "inventorytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sa {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sa::InventoryText", text, nullptr, n);
}

} // namespace

QString toolStatusLabel(ToolStatus status)
{
    switch (status) {
    case ToolStatus::Active:
        return tr("Active");
    case ToolStatus::Trial:
        return tr("Trial");
    case ToolStatus::Retiring:
        return tr("Retiring");
    case ToolStatus::Retired:
        return tr("Retired");
    }
    return QString();
}

QString integrationKindLabel(IntegrationKind kind)
{
    switch (kind) {
    case IntegrationKind::Native:
        return tr("Native");
    case IntegrationKind::Connector:
        return tr("Connector");
    case IntegrationKind::Api:
        return tr("API");
    }
    return QString();
}

QString inventoryDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString inventoryCount(int count)
{
    return count >= 0 ? QLocale().toString(count) : QString();
}

QString utilizationLabel(double ratio)
{
    if (std::isnan(ratio))
        return QString();
    return tr("%1 %").arg(std::lround(ratio * 100.0));
}

QString toolCountLabel(int tools)
{
    return tools == 1 ? tr("1 tool") : tr("%1 tools").arg(QLocale().toString(tools));
}

QString categoryLabelFromSlug(const QString &slug)
{
    if (slug.isEmpty())
        return tr("Uncategorised");
    QString name = slug;
    name.replace(u'-', u' ');
    name[0] = name[0].toUpper();
    return name;
}

} // namespace sa
