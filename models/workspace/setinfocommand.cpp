#include "setinfocommand.h"

#include <QCoreApplication>

namespace sa {

SetInfoCommand::SetInfoCommand(WorkspaceDocument *document,
                               WorkspaceInfo before,
                               WorkspaceInfo after)
    : WorkspaceCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("sa::WorkspaceCommand", "Edit workspace details"));
}

Status SetInfoCommand::apply()
{
    return write(m_after);
}

Status SetInfoCommand::revert()
{
    return write(m_before);
}

Status SetInfoCommand::write(const WorkspaceInfo &info)
{
    if (Status s = store()->setInfo(info); !s)
        return s;
    emit document()->infoChanged();
    return success();
}

} // namespace sa
