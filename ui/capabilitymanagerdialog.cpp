#include "capabilitymanagerdialog.h"

#include "capabilitydialog.h"
#include "catalogue/cataloguedocument.h"
#include "editconflictdialog.h"
#include "itemmodels/capabilitylistmodel.h"
#include "theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sa {

CapabilityManagerDialog::CapabilityManagerDialog(CatalogueDocument *document,
                                                 CapabilityListModel *model,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_add(new QPushButton(actionIcon(QStringLiteral("add")), tr("&Add…")))
    , m_edit(new QPushButton(actionIcon(QStringLiteral("edit")), tr("&Edit…")))
    , m_delete(new QPushButton(actionIcon(QStringLiteral("delete")), tr("&Delete")))
{
    setObjectName(QStringLiteral("capabilityManager"));
    setWindowTitle(tr("Capabilities"));
    resize(860, 560);

    auto *headline = new QLabel(tr("Capabilities"));
    headline->setObjectName(QStringLiteral("dialogHeadline"));
    auto *intro = new QLabel(tr("Concrete things tools do, each filed under one subcategory. "
                                "Products rate themselves against these: leading, solid or "
                                "basic."));
    intro->setWordWrap(true);
    intro->setProperty("hint", true);

    m_filter->setObjectName(QStringLiteral("capabilityFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, subcategory or description"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(CapabilityListModel::UnderlyingDataRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("capabilityTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CapabilityListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(CapabilityListModel::Name, 230);
    m_table->setColumnWidth(CapabilityListModel::Subcategory, 220);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_add->setObjectName(QStringLiteral("addCapabilityButton"));
    m_edit->setObjectName(QStringLiteral("editCapabilityButton"));
    m_delete->setObjectName(QStringLiteral("deleteCapabilityButton"));
    m_status->setObjectName(QStringLiteral("capabilityStatus"));
    m_status->setProperty("hint", true);

    QAction *undo = document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    QAction *redo = document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton;
    undoButton->setDefaultAction(undo);
    undoButton->setObjectName(QStringLiteral("capabilityUndoButton"));
    auto *redoButton = new QToolButton;
    redoButton->setDefaultAction(redo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addSpacing(12);
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addWidget(m_status, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(headline);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openCapabilityDialog(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const CapabilityId id = currentCapabilityId())
            openCapabilityDialog(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &CapabilityManagerDialog::deleteCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCapabilityDialog(index.data(CapabilityListModel::CapabilityIdRole).toLongLong());
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CapabilityManagerDialog::updateButtons);
    connect(
        m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_status->clear(); });
    updateButtons();
}

CapabilityId CapabilityManagerDialog::currentCapabilityId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : rows.first().data(CapabilityListModel::CapabilityIdRole).toLongLong();
}

void CapabilityManagerDialog::selectCapability(CapabilityId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

CapabilityDialog *CapabilityManagerDialog::openCapabilityDialog(CapabilityId id)
{
    auto *dialog = new CapabilityDialog(
        m_document->store()->categories(), m_document->store()->capabilities(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (id) {
        const std::optional<VersionedCapability> read
            = m_document->store()->versionedCapability(id);
        if (!read) {
            delete dialog;
            return nullptr;
        }
        dialog->setCapability(read->capability);
        // Saved only over the version the dialog was opened on; a conflict asks which
        // version to keep (the same dialog as for products).
        dialog->setSubmitHandler([this, version = read->version](const Capability &c) mutable {
            return saveEdit(c, &version);
        });
    } else {
        dialog->setCapability(Capability{});
        dialog->setSubmitHandler([this](const Capability &c) -> Status {
            const Expected<CapabilityId> added = m_document->addCapability(c);
            if (!added)
                return added.error();
            selectCapability(*added);
            return success();
        });
    }
    dialog->open();
    return dialog;
}

Status CapabilityManagerDialog::saveEdit(const Capability &edited, qint64 *version)
{
    bool keptTheirs = false;
    const Status status = EditConflictDialog::saveResolving(
        this,
        version,
        [&](qint64 basedOn) -> EditConflictDialog::Attempt {
            const auto done = m_document->editCapabilityBasedOn(edited, basedOn);
            if (!done.conflict)
                return {done.status, std::nullopt};
            return {done.status, EditConflictDialog::sidesOf(*done.conflict)};
        },
        &keptTheirs);
    if (keptTheirs)
        m_status->setText(tr("Kept the version of “%1” someone else saved.").arg(edited.name));
    else if (status)
        m_status->setText(tr("Saved “%1”.").arg(edited.name));
    return status;
}

void CapabilityManagerDialog::deleteCurrent()
{
    const CapabilityId id = currentCapabilityId();
    if (!id)
        return;
    const QString name = m_model->capability(m_model->rowOf(id)).name;
    const size_t uses = m_document->store()->capabilityUses(id).size();
    const Status status = m_document->removeCapability(id);
    if (!status) {
        QMessageBox::warning(this, tr("Could not delete “%1”").arg(name), status.error().message);
        return;
    }
    m_status->setText(
        uses == 0
            ? tr("Deleted “%1”.").arg(name)
            : tr("Deleted “%1”, rated by %2 products. Undo brings it back.").arg(name).arg(uses));
}

void CapabilityManagerDialog::updateButtons()
{
    const bool selected = currentCapabilityId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

} // namespace sa
