#include "requirementsview.h"

#include "banner.h"
#include "choicedelegate.h"
#include "dialogframe.h"
#include "itemmodels/requirementlistmodel.h"
#include "requirementsadddialog.h"
#include "requirementsprofiledialog.h"
#include "theme.h"
#include "workspace/profileseed.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sa {

RequirementsView::RequirementsView(WorkspaceDocument *document,
                                   const CatalogueStore *catalogue,
                                   std::vector<RequirementProfile> profiles,
                                   QWidget *parent)
    : MainView(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_profiles(std::move(profiles))
    , m_model(new RequirementListModel(document, catalogue, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(createSearchBox(QStringLiteral("requirementFilter"), tr("Filter requirements")))
    , m_counts(new QLabel)
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("requirementsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RequirementListModel::UnderlyingDataRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view->setObjectName(QStringLiteral("requirementTable"));
    m_view->setModel(m_proxy);
    styleTable(m_view, 34);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the model's order: by name
    header->setSectionResizeMode(RequirementListModel::Capability, QHeaderView::Stretch);
    m_view->setColumnWidth(RequirementListModel::Subcategory, 260);
    m_view->setColumnWidth(RequirementListModel::Importance, 150);
    m_view->setColumnWidth(RequirementListModel::MinStrength, 170);
    auto *delegate = new ChoiceDelegate(
        RequirementListModel::ChoicesRole, QStringLiteral("requirementEditor-"), this);
    m_view->setItemDelegateForColumn(RequirementListModel::Importance, delegate);
    m_view->setItemDelegateForColumn(RequirementListModel::MinStrength, delegate);

    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("requirementsEmpty"));
    empty->setAttribute(Qt::WA_StyledBackground);
    auto *emptyText = new QLabel(
        tr("<p style='font-size:13pt; color:#0f2740'><b>No requirements yet</b></p>"
           "<p>Requirements say which capabilities the company needs, how much, and how well "
           "a tool must do them. The gaps analysis compares the stack with them.</p>"
           "<p>Add them one by one, start from the profile of a company like yours, or "
           "import a list with File &gt; Import.</p>"));
    emptyText->setObjectName(QStringLiteral("requirementsEmptyText"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setFixedWidth(520);
    auto *emptyAdd = new QPushButton(actionIcon(QStringLiteral("add")), tr("Add Requirement…"));
    emptyAdd->setObjectName(QStringLiteral("emptyAddButton"));
    auto *emptySeed
        = new QPushButton(actionIcon(QStringLiteral("profile")), tr("Seed from Profile…"));
    emptySeed->setObjectName(QStringLiteral("emptySeedButton"));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyAdd);
    emptyButtons->addWidget(emptySeed);
    emptyButtons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(emptyText);
    textRow->addStretch(1);
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(10);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBar());
    layout->addWidget(m_stack, 1);
    auto *footer = new QLabel(tr("Must and should count for gaps; nice to have does not. A tool "
                                 "covers a requirement when it has the capability at least at "
                                 "the minimum strength: 1 basic, 2 solid, 3 leading."));
    footer->setObjectName(QStringLiteral("requirementsFooter"));
    footer->setWordWrap(true);
    layout->addWidget(footer);

    connect(emptyAdd, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(emptySeed, &QPushButton::clicked, m_seedAction, &QAction::trigger);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model,
            &RequirementListModel::requirementsRefreshed,
            this,
            &RequirementsView::updateCounts);
    connect(m_model, &RequirementListModel::editFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The requirement was not changed"), message);
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RequirementsView::updateActions);
    updateCounts();
}

RequirementsView::~RequirementsView() = default;

QWidget *RequirementsView::createBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("requirementsBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *headline = new QLabel(tr("Requirements"));
    headline->setObjectName(QStringLiteral("requirementsHeadline"));
    m_counts->setObjectName(QStringLiteral("requirementCounts"));
    m_filter->setMaximumWidth(280);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(headline);
    titles->addWidget(m_counts);
    layout->addLayout(titles);
    layout->addStretch(1);
    layout->addWidget(m_filter);
    layout->addSpacing(8);
    for (QAction *action : {m_addAction, m_seedAction, m_removeAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + u"Button");
        layout->addWidget(button);
    }
    return bar;
}

void RequirementsView::createActions()
{
    m_addAction = new QAction(actionIcon(QStringLiteral("add")), tr("&Add Requirement…"), this);
    m_addAction->setObjectName(QStringLiteral("addRequirementAction"));
    m_addAction->setIconText(tr("Add…"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addAction, &QAction::triggered, this, &RequirementsView::openAddDialog);

    m_seedAction
        = new QAction(actionIcon(QStringLiteral("profile")), tr("&Seed from Profile…"), this);
    m_seedAction->setObjectName(QStringLiteral("seedFromProfileAction"));
    m_seedAction->setIconText(tr("Seed from Profile…"));
    m_seedAction->setEnabled(!m_profiles.empty());
    connect(m_seedAction, &QAction::triggered, this, &RequirementsView::openProfileDialog);

    // Del removes where a requirement is in focus (the table), not in the filter box.
    m_removeAction
        = new QAction(actionIcon(QStringLiteral("delete")), tr("&Remove Requirement"), this);
    m_removeAction->setObjectName(QStringLiteral("removeRequirementAction"));
    m_removeAction->setIconText(tr("Remove"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &RequirementsView::removeSelected);
    updateActions();
}

QString RequirementsView::viewId() const
{
    return QStringLiteral("requirements");
}

QString RequirementsView::title() const
{
    return tr("Requirements");
}

QIcon RequirementsView::icon() const
{
    return actionIcon(QStringLiteral("requirements"));
}

QList<QAction *> RequirementsView::editActions() const
{
    return {m_addAction, m_seedAction, m_removeAction};
}

void RequirementsView::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RequirementsView::updateCounts()
{
    const int total = m_model->rowCount();
    const int must = m_model->count(Importance::Must);
    const int should = m_model->count(Importance::Should);
    const int nice = m_model->count(Importance::Nice);
    m_counts->setText(
        total == 0 ? tr("None yet")
                   : tr("%1  ·  %2 must  ·  %3 should  ·  %4 nice to have")
                         .arg(total == 1 ? tr("1 requirement") : tr("%1 requirements").arg(total))
                         .arg(must)
                         .arg(should)
                         .arg(nice));
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
    updateActions();
}

void RequirementsView::updateActions()
{
    m_removeAction->setEnabled(!selectedSlugs().isEmpty());
}

QStringList RequirementsView::selectedSlugs() const
{
    QStringList slugs;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        slugs << row.data(RequirementListModel::CapabilitySlugRole).toString();
    return slugs;
}

void RequirementsView::select(const QStringList &slugs)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &slug : slugs) {
        const int row = m_model->rowOf(slug);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(RequirementListModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(first);
}

void RequirementsView::report(const Status &status, const QString &done)
{
    if (!status) {
        QMessageBox::warning(this, tr("The requirements were not changed"), status.error().message);
        return;
    }
    emit statusMessage(done);
}

RequirementsAddDialog *RequirementsView::openAddDialog()
{
    QSet<QString> required;
    for (int row = 0; row < m_model->rowCount(); ++row)
        required.insert(m_model->requirement(row).capabilitySlug);
    auto *dialog = new RequirementsAddDialog(m_model->directory(), required, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addRequirements(dialog->requirements());
    });
    dialog->open();
    return dialog;
}

void RequirementsView::addRequirements(const std::vector<Requirement> &requirements)
{
    if (requirements.empty())
        return;
    // Through a profile seed, so that catalogue capabilities get their snapshot in the same
    // undoable step.
    RequirementProfile chosen;
    chosen.requirements = requirements;
    const ProfileSeed seed = seedFromProfile(chosen, m_catalogue);
    const QString first = m_model->directory().name(requirements.front().capabilitySlug);
    const QString text = requirements.size() == 1
                             ? tr("Add requirement “%1”").arg(first)
                             : tr("Add %1 requirements").arg(requirements.size());
    const Expected<WorkspaceImportResult> result = m_document->import(seed.import, text);
    report(result ? Status(success()) : Status(result.error()),
           tr("%1. Undo with Ctrl+Z.").arg(text.at(0).toUpper() + text.mid(1)));
    if (!result)
        return;
    QStringList slugs;
    for (const Requirement &r : requirements)
        slugs << r.capabilitySlug;
    m_filter->clear();
    select(slugs);
}

RequirementsProfileDialog *RequirementsView::openProfileDialog()
{
    std::vector<Requirement> current;
    for (int row = 0; row < m_model->rowCount(); ++row)
        current.push_back(m_model->requirement(row));
    auto *dialog = new RequirementsProfileDialog(m_profiles, current, m_model->directory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const RequirementProfile *profile = dialog->profile())
            seed(*profile);
    });
    dialog->open();
    return dialog;
}

void RequirementsView::seed(const RequirementProfile &profile)
{
    const ProfileSeed seeded = seedFromProfile(profile, m_catalogue);
    const Expected<WorkspaceImportResult> result
        = m_document->import(seeded.import, tr("Seed requirements from “%1”").arg(profile.name));
    report(result ? Status(success()) : Status(result.error()),
           tr("Seeded %1 requirements from “%2”. Undo with Ctrl+Z.")
               .arg(profile.requirements.size())
               .arg(profile.name));
}

void RequirementsView::removeSelected()
{
    const QStringList slugs = selectedSlugs();
    if (slugs.isEmpty())
        return;
    const int row = m_view->selectionModel()->selectedRows().constFirst().row();
    const QString first = m_model->directory().name(slugs.first());
    QUndoStack *stack = m_document->undoStack();
    if (slugs.size() > 1)
        stack->beginMacro(tr("Remove %1 requirements").arg(slugs.size()));
    Status status = success();
    for (const QString &slug : slugs) {
        status = m_document->removeRequirement(slug);
        if (!status)
            break;
    }
    if (slugs.size() > 1)
        stack->endMacro();
    report(status,
           slugs.size() == 1 ? tr("Removed “%1”. Undo with Ctrl+Z.").arg(first)
                             : tr("Removed %1 requirements. Undo with Ctrl+Z.").arg(slugs.size()));
    const int next = std::min(row, m_proxy->rowCount() - 1);
    if (status && next >= 0)
        select({m_proxy->index(next, 0).data(RequirementListModel::CapabilitySlugRole).toString()});
}

void RequirementsView::prepareSnapshot()
{
    m_filter->clear();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(std::min(2, m_proxy->rowCount() - 1));
}

void RequirementsView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
}

void RequirementsView::restoreState(QSettings &settings)
{
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("columns")).toByteArray());
}

} // namespace sa
