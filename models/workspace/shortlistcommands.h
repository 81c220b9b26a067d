#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// The undoable shortlist edits. Each keeps whole shortlists (name, notes, products in
// order, weights, id and created time), so undo puts back exactly what was there.

class AddShortlistCommand final : public WorkspaceCommand
{
public:
    AddShortlistCommand(WorkspaceDocument *document, Shortlist shortlist);
    ShortlistId shortlistId() const { return m_shortlist.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Shortlist m_shortlist; // id 0 until the first apply
};

class EditShortlistCommand final : public WorkspaceCommand
{
public:
    EditShortlistCommand(WorkspaceDocument *document, Shortlist before, Shortlist after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const Shortlist &shortlist);

    Shortlist m_before;
    Shortlist m_after;
};

class RemoveShortlistCommand final : public WorkspaceCommand
{
public:
    RemoveShortlistCommand(WorkspaceDocument *document, Shortlist shortlist);

protected:
    Status apply() override;
    Status revert() override;

private:
    Shortlist m_shortlist;
};

} // namespace sa
