#include "requirementsprofiledialog.h"

#include "dialogframe.h"
#include "itemmodels/capabilitydirectory.h"
#include "itemmodels/requirementlistmodel.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa {

RequirementsProfileDialog::RequirementsProfileDialog(
    const std::vector<RequirementProfile> &profiles,
    const std::vector<Requirement> &current,
    const CapabilityDirectory &directory,
    QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_current(current)
    , m_directory(directory)
    , m_combo(new QComboBox)
    , m_description(new QLabel)
    , m_effect(new QLabel)
    , m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Seed from Profile"));
    resize(720, 580);

    const DialogFrame frame = createDialogFrame(
        this,
        tr("Seed requirements from a profile"),
        tr("A profile is a reference stack for a kind of company. Its requirements are added "
           "to yours, or replace yours for the same capability; the others stay. Undo takes it "
           "all back."));
    m_ok = frame.ok;
    m_ok->setObjectName(QStringLiteral("seedProfileButton"));
    m_ok->setText(tr("Seed Requirements"));
    m_ok->setEnabled(!profiles.empty());

    m_combo->setObjectName(QStringLiteral("profileCombo"));
    for (const RequirementProfile &p : profiles)
        m_combo->addItem(p.name, p.slug);
    m_description->setObjectName(QStringLiteral("profileDescription"));
    m_description->setWordWrap(true);
    m_effect->setObjectName(QStringLiteral("profileEffect"));
    m_effect->setWordWrap(true);
    m_effect->setProperty("hint", true);

    m_list->setObjectName(QStringLiteral("profileRequirements"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels(
        {tr("Capability"), tr("Importance"), tr("Minimum strength"), tr("Change")});
    m_list->setColumnWidth(0, 250);
    m_list->setColumnWidth(1, 110);
    m_list->setColumnWidth(2, 150);

    frame.body->addWidget(m_combo);
    frame.body->addWidget(m_description);
    frame.body->addWidget(m_effect);
    frame.body->addWidget(m_list, 1);

    connect(
        m_combo, &QComboBox::currentIndexChanged, this, &RequirementsProfileDialog::showProfile);
    showProfile();
}

const RequirementProfile *RequirementsProfileDialog::profile() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && size_t(index) < m_profiles.size() ? &m_profiles[size_t(index)] : nullptr;
}

void RequirementsProfileDialog::showProfile()
{
    m_list->clear();
    const RequirementProfile *p = profile();
    if (!p) {
        m_description->setText(tr("No requirement profiles are installed."));
        m_effect->clear();
        return;
    }
    m_description->setText(p->description);
    QHash<QString, Requirement> mine;
    for (const Requirement &r : m_current)
        mine.insert(r.capabilitySlug, r);
    const QStringList importance = RequirementListModel::importanceChoices();
    const QStringList strength = RequirementListModel::strengthChoices();
    int added = 0, changed = 0, same = 0;
    for (const Requirement &r : p->requirements) {
        QString change;
        const auto found = mine.constFind(r.capabilitySlug);
        if (found == mine.constEnd()) {
            change = tr("new");
            ++added;
        } else if (*found == r) {
            change = tr("as you have it");
            ++same;
        } else {
            change = tr("was %1, %2")
                         .arg(importance.value(int(found->importance)).toLower(),
                              strength.value(found->minStrength - 1));
            ++changed;
        }
        auto *item = new QTreeWidgetItem(m_list,
                                         {m_directory.name(r.capabilitySlug),
                                          importance.value(int(r.importance)),
                                          strength.value(r.minStrength - 1),
                                          change});
        item->setToolTip(0, r.capabilitySlug);
    }
    int kept = 0;
    QSet<QString> named;
    for (const Requirement &r : p->requirements)
        named.insert(r.capabilitySlug);
    for (const Requirement &r : m_current)
        kept += named.contains(r.capabilitySlug) ? 0 : 1;
    QStringList parts;
    if (added > 0)
        parts << tr("adds %1").arg(added);
    if (changed > 0)
        parts << tr("changes %1").arg(changed);
    if (same > 0)
        parts << tr("leaves %1 as they are").arg(same);
    QString effect = parts.join(u", ");
    effect = effect.isEmpty() ? QString() : effect.at(0).toUpper() + effect.mid(1) + u'.';
    if (kept == 1)
        effect += tr(" 1 of yours is not in the profile and stays.");
    else if (kept > 1)
        effect += tr(" %1 of yours are not in the profile and stay.").arg(kept);
    m_effect->setText(effect.trimmed());
}

} // namespace sa
