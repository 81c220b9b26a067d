#pragma once

#include "domain/ids.h"

#include <QComboBox>

namespace sa {

class CapabilityListModel;

// A capability picker that searches as you type: an editable combo over the capability
// list whose completer matches anywhere in the name ("scor" finds "Lead scoring").
// An empty box means "any capability".
class CapabilityCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityCombo)

public:
    explicit CapabilityCombo(CapabilityListModel *model, QWidget *parent = nullptr);

    CapabilityId capabilityId() const;
    void setCapabilityId(CapabilityId id); // 0 clears

signals:
    void capabilityChanged(sa::CapabilityId id);

private:
    void emitIfChanged();

    CapabilityListModel *m_model;
    CapabilityId m_last = 0;
};

} // namespace sa
