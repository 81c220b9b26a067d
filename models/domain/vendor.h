#pragma once

#include "ids.h"
#include "origin.h"

#include <QString>

namespace sa {

struct Vendor
{
    VendorId id = 0;
    QString slug;
    QString name;
    QString website;
    QString hqCountry; // ISO 3166 alpha-2, empty when unknown
    int founded = 0;   // year, 0 when unknown
    Origin origin = Origin::User;

    friend bool operator==(const Vendor &, const Vendor &) = default;
};

} // namespace sa
