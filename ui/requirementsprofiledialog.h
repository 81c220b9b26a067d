#pragma once

#include "workspace/requirementprofile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sa {

class CapabilityDirectory;

// Seed from Profile…: pick one of the shipped requirement profiles (a reference stack by
// company type) and see, before anything changes, which requirements it adds, which it
// changes and which it leaves as they are; requirements it does not name stay.
class RequirementsProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsProfileDialog)

public:
    RequirementsProfileDialog(const std::vector<RequirementProfile> &profiles,
                              const std::vector<Requirement> &current,
                              const CapabilityDirectory &directory,
                              QWidget *parent = nullptr);

    const RequirementProfile *profile() const; // the chosen one; nullptr when none

private:
    void showProfile();

    const std::vector<RequirementProfile> &m_profiles;
    const std::vector<Requirement> m_current;
    const CapabilityDirectory &m_directory;
    QComboBox *m_combo;
    QLabel *m_description;
    QLabel *m_effect;
    QTreeWidget *m_list;
    QPushButton *m_ok;
};

} // namespace sa
