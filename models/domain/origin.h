#pragma once

namespace sa {

// Where a catalogue row came from. Shipped rows are refreshed when a newer shipped
// catalogue arrives unless the user edited them; user rows are never touched.
enum class Origin { Shipped, User };

} // namespace sa
