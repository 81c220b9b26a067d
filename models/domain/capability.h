#pragma once

#include "ids.h"
#include "origin.h"

#include <QString>
#include <QStringList>

namespace sa {

// A concrete thing a tool does ("lead scoring"), filed under one subcategory.
struct Capability
{
    CapabilityId id = 0;
    QString slug;
    QString name;
    CategoryId categoryId = 0;
    QString categorySlug;
    QString description;
    QStringList aliases; // other names users write for it ("A/B testing" for "split testing")
    Origin origin = Origin::User;

    friend bool operator==(const Capability &, const Capability &) = default;
};

} // namespace sa
