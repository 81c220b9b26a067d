#pragma once

#include <QString>
#include <QStringList>

namespace sa {

// How catalogue codes read in tables and panels: "mid-market" -> "Mid-market",
// "on-premise" -> "On-premise". Unknown codes are shown as written.
QString segmentLabel(const QString &segment);
QString segmentsLabel(const QStringList &segments);      // "SMB, Mid-market", "—" when empty
QString segmentsShortLabel(const QStringList &segments); // "SMB · Mid · Ent" for tables
QString deploymentLabel(const QString &deployment);
QString strengthLabel(int strength); // "Leading", "Solid", "Basic"

// A number that orders segment fits from small-business to enterprise focus, for sorting.
int segmentRank(const QStringList &segments);

} // namespace sa
