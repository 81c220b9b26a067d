#include "cataloguetext.h"

#include "domain/product.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::CatalogueText", text);
}

} // namespace

QString segmentLabel(const QString &segment)
{
    if (segment == u"smb")
        return tr("SMB");
    if (segment == u"mid-market")
        return tr("Mid-market");
    if (segment == u"enterprise")
        return tr("Enterprise");
    return segment;
}

QString segmentsLabel(const QStringList &segments)
{
    QStringList labels;
    for (const QString &known : knownSegments()) {
        if (segments.contains(known))
            labels << segmentLabel(known);
    }
    for (const QString &other : segments) {
        if (!knownSegments().contains(other))
            labels << other;
    }
    return labels.isEmpty() ? QStringLiteral("—") : labels.join(u", ");
}

QString segmentsShortLabel(const QStringList &segments)
{
    QStringList labels;
    if (segments.contains(u"smb"))
        labels << tr("SMB");
    if (segments.contains(u"mid-market"))
        labels << tr("Mid");
    if (segments.contains(u"enterprise"))
        labels << tr("Ent");
    return labels.isEmpty() ? QStringLiteral("—") : labels.join(u" · ");
}

QString deploymentLabel(const QString &deployment)
{
    if (deployment == u"cloud")
        return tr("Cloud");
    if (deployment == u"on-premise")
        return tr("On-premise");
    if (deployment == u"hybrid")
        return tr("Hybrid");
    return deployment;
}

QString strengthLabel(int strength)
{
    switch (strength) {
    case 3:
        return tr("Leading");
    case 2:
        return tr("Solid");
    case 1:
        return tr("Basic");
    default:
        return QString();
    }
}

int segmentRank(const QStringList &segments)
{
    // Bits weighted so that "smb" alone sorts first and "enterprise" alone last.
    int rank = 0;
    if (segments.contains(u"smb"))
        rank |= 1;
    if (segments.contains(u"mid-market"))
        rank |= 2;
    if (segments.contains(u"enterprise"))
        rank |= 4;
    return rank;
}

} // namespace sa
