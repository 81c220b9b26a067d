#pragma once

#include "domain/requirement.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

// A reference stack by company type (data/profiles): the capabilities such a company
// needs, how much, and how well. A new workspace takes its requirements from one. The
// files use the record format of the shipped catalogue (io/recordfile.h), one profile per
// file named after its slug; see data/profiles/README.md.
struct RequirementProfile
{
    QString slug;
    QString name;
    QString description;
    std::vector<Requirement> requirements; // in the order of the file
    QStringList locations;                 // "FILE:LINE:COLUMN" of each requirement
};

struct RequirementProfileReadResult
{
    std::vector<RequirementProfile> profiles;
    QStringList errors; // "FILE:LINE:COLUMN: what is wrong"; profiles are unusable if any
};

// Parses the text of one profile file; displayName names it in messages.
RequirementProfileReadResult parseRequirementProfile(const QByteArray &text,
                                                     const QString &displayName);
// Reads every *.txt file of a folder (resource paths such as ":/profiles" too), ordered
// by file name; each holds one profile whose slug is the file's name.
RequirementProfileReadResult readRequirementProfileFolder(const QString &dir);

// The profile whose slug is key, else the one whose name is key (case-insensitively).
const RequirementProfile *findRequirementProfile(const std::vector<RequirementProfile> &profiles,
                                                 const QString &key);

// One "FILE:LINE:COLUMN: unknown capability 'slug'" line per requirement whose capability
// is not among known (the catalogue's capability slugs).
QStringList unknownProfileCapabilities(const std::vector<RequirementProfile> &profiles,
                                       const QSet<QString> &known);

} // namespace sa
