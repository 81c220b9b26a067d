#pragma once

#include <QIcon>

#include <functional>

namespace sa {

// An icon made only when it is first painted or measured. Making an SVG icon parses the
// file (and the first one loads Qt's SVG icon plugin); the application builds some sixty
// action icons at start, of which the first window shows a handful.
QIcon deferredIcon(std::function<QIcon()> make);

} // namespace sa
