#pragma once

#include <QString>

namespace sa {

// catalogueFolderFingerprint(dir), remembered in the cache folder when dir is the
// catalogue compiled into this executable (":/catalogue"): that content cannot change
// while the executable stays the same, and reading and hashing its 400 KB of compressed
// resources costs about 13 million instructions, a tenth of a start-up. The record is
// keyed by the executable's path, size and modification time; losing it only costs
// one hash. Any other folder is hashed every time.
QString shippedFingerprint(const QString &dir);

} // namespace sa
