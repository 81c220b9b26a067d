#pragma once

#include <QDateTime>
#include <QString>

namespace sa {

// The workspace's cover page: whose stack it is and in which currency its money is.
struct WorkspaceInfo
{
    QString company;
    QString preparedBy;
    QString currency = QStringLiteral("USD"); // ISO 4217; every Cents value is in it
    QString profile;                          // the requirement profile it was seeded from
    QDateTime created;

    friend bool operator==(const WorkspaceInfo &, const WorkspaceInfo &) = default;
};

} // namespace sa
