#include "compareshortlists.h"

#include "compare/comparisonsession.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace sa {

CompareShortlists::CompareShortlists(ComparisonSession *session,
                                     WorkspaceDocument *document,
                                     QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_document(document)
    , m_parent(parent)
    , m_combo(new QComboBox)
{
    m_combo->setObjectName(u"shortlistCombo"_s);
    m_combo->setMinimumContentsLength(22);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setToolTip(tr("Open a saved shortlist"));

    m_save = new QAction(actionIcon(u"save-as"_s), tr("&Save Shortlist"), this);
    m_save->setObjectName(u"saveShortlistAction"_s);
    m_save->setIconText(tr("Save"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the comparison as a shortlist in the workspace (Ctrl+S)"));
    m_saveAs = new QAction(tr("Save as &New Shortlist…"), this);
    m_saveAs->setObjectName(u"saveShortlistAsAction"_s);
    m_rename = new QAction(actionIcon(u"edit"_s), tr("Re&name Shortlist…"), this);
    m_rename->setObjectName(u"renameShortlistAction"_s);
    m_delete = new QAction(actionIcon(u"delete"_s), tr("Delete S&hortlist"), this);
    m_delete->setObjectName(u"deleteShortlistAction"_s);
    connect(m_save, &QAction::triggered, this, &CompareShortlists::save);
    connect(m_saveAs, &QAction::triggered, this, &CompareShortlists::saveAs);
    connect(m_rename, &QAction::triggered, this, &CompareShortlists::rename);
    connect(m_delete, &QAction::triggered, this, &CompareShortlists::remove);

    connect(m_combo, &QComboBox::activated, this, &CompareShortlists::open);
    connect(session, &ComparisonSession::changed, this, &CompareShortlists::refresh);
    refresh();
}

QString CompareShortlists::currentName() const
{
    return m_combo->currentText();
}

void CompareShortlists::refresh()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const ShortlistId followed = m_session->shortlistId();
    if (!followed)
        m_combo->addItem(tr("Unsaved comparison"), 0);
    for (const Shortlist &s : m_document->store()->shortlists()) {
        const bool changed = s.id == followed && m_session->isModified();
        m_combo->addItem(changed ? tr("%1 (changed)").arg(s.name) : s.name, s.id);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(followed)));
    const bool enough = m_session->products().size() >= size_t(kMinComparedProducts);
    m_save->setEnabled(enough && (!followed || m_session->isModified()));
    m_saveAs->setEnabled(enough);
    m_rename->setEnabled(followed != 0);
    m_delete->setEnabled(followed != 0);
}

void CompareShortlists::open(int index)
{
    const ShortlistId id = m_combo->itemData(index).toLongLong();
    if (id == m_session->shortlistId())
        return;
    if (const std::optional<Shortlist> s = m_document->shortlist(id)) {
        m_session->openShortlist(*s);
        emit statusMessage(tr("Opened shortlist “%1”.").arg(s->name));
    }
}

bool CompareShortlists::report(const Status &status, const QString &title)
{
    if (!status)
        QMessageBox::warning(m_parent, title, status.error().message);
    return status.ok();
}

QInputDialog *
CompareShortlists::askName(const QString &title, const QString &label, const QString &name)
{
    auto *dialog = new QInputDialog(m_parent);
    dialog->setObjectName(u"shortlistNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(name);
    dialog->open();
    return dialog;
}

QInputDialog *CompareShortlists::save()
{
    if (!m_session->shortlistId())
        return saveAs();
    const QString name = m_document->shortlist(m_session->shortlistId())->name;
    if (report(m_session->saveShortlist(), tr("The shortlist was not saved")))
        emit statusMessage(tr("Saved shortlist “%1”. Undo with Ctrl+Z.").arg(name));
    return nullptr;
}

QInputDialog *CompareShortlists::saveAs()
{
    QStringList names;
    for (const Product &p : m_session->products())
        names << p.name;
    QInputDialog *dialog = askName(tr("Save as Shortlist"),
                                   tr("Name of the shortlist (saved in the workspace, with "
                                      "the products and weights):"),
                                   names.join(u" vs "_s));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        const Expected<ShortlistId> id = m_session->saveAsShortlist(name.trimmed());
        if (report(id ? Status(success()) : Status(id.error()), tr("The shortlist was not saved")))
            emit statusMessage(tr("Saved shortlist “%1”. Undo with Ctrl+Z.").arg(name.trimmed()));
    });
    return dialog;
}

QInputDialog *CompareShortlists::rename()
{
    const std::optional<Shortlist> s = m_document->shortlist(m_session->shortlistId());
    if (!s)
        return nullptr;
    QInputDialog *dialog = askName(tr("Rename Shortlist"), tr("New name:"), s->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, s](const QString &name) {
        Shortlist renamed = *s;
        renamed.name = name.trimmed();
        if (report(m_document->editShortlist(renamed), tr("The shortlist was not renamed")))
            emit statusMessage(
                tr("Renamed “%1” to “%2”. Undo with Ctrl+Z.").arg(s->name, renamed.name));
    });
    return dialog;
}

void CompareShortlists::remove()
{
    const std::optional<Shortlist> s = m_document->shortlist(m_session->shortlistId());
    if (!s)
        return;
    if (report(m_document->removeShortlist(s->id), tr("The shortlist was not deleted")))
        emit statusMessage(
            tr("Deleted shortlist “%1”; the comparison stays open. Undo with Ctrl+Z.")
                .arg(s->name));
}

} // namespace sa
