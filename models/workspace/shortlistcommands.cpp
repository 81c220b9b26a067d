#include "shortlistcommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text);
}

// Adding and removing are each other's undo.
Status insert(WorkspaceDocument *document, Shortlist *shortlist)
{
    const Expected<ShortlistId> id = document->store()->addShortlist(*shortlist);
    if (!id)
        return id.error();
    shortlist->id = *id;
    emit document->shortlistsChanged();
    return success();
}

Status remove(WorkspaceDocument *document, ShortlistId id)
{
    if (Status s = document->store()->removeShortlist(id); !s)
        return s;
    emit document->shortlistsChanged();
    return success();
}

} // namespace

AddShortlistCommand::AddShortlistCommand(WorkspaceDocument *document, Shortlist shortlist)
    : WorkspaceCommand(document)
    , m_shortlist(std::move(shortlist))
{
    setText(tr("Add shortlist “%1”").arg(m_shortlist.name));
}

Status AddShortlistCommand::apply()
{
    return insert(document(), &m_shortlist);
}

Status AddShortlistCommand::revert()
{
    return remove(document(), m_shortlist.id);
}

EditShortlistCommand::EditShortlistCommand(WorkspaceDocument *document,
                                           Shortlist before,
                                           Shortlist after)
    : WorkspaceCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Change shortlist “%1”").arg(m_after.name));
}

Status EditShortlistCommand::apply()
{
    return write(m_after);
}

Status EditShortlistCommand::revert()
{
    return write(m_before);
}

Status EditShortlistCommand::write(const Shortlist &shortlist)
{
    if (Status s = store()->updateShortlist(shortlist); !s)
        return s;
    emit document()->shortlistsChanged();
    return success();
}

RemoveShortlistCommand::RemoveShortlistCommand(WorkspaceDocument *document, Shortlist shortlist)
    : WorkspaceCommand(document)
    , m_shortlist(std::move(shortlist))
{
    setText(tr("Remove shortlist “%1”").arg(m_shortlist.name));
}

Status RemoveShortlistCommand::apply()
{
    return remove(document(), m_shortlist.id);
}

Status RemoveShortlistCommand::revert()
{
    return insert(document(), &m_shortlist);
}

} // namespace sa
