#pragma once

#include "domain/result.h"

#include <functional>

class QString;
class QWidget;

namespace sa {

// Saves an edit dialog's work: runs submit until it succeeds or the user stops. When the
// catalogue could not be written (Error::Kind::Io: a team server out of reach) the user
// is asked Retry / Cancel, and the edit stays in the dialog either way; any other
// failure is shown as it is. True once saved.
bool saveWithRetry(QWidget *dialog, const QString &name, const std::function<Status()> &submit);

} // namespace sa
