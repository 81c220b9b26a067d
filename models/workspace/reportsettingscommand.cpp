#include "reportsettingscommand.h"

#include <QCoreApplication>

namespace sa {

ReportSettingsCommand::ReportSettingsCommand(WorkspaceDocument *document,
                                             ReportSettings before,
                                             ReportSettings after)
    : WorkspaceCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("sa::WorkspaceCommand", "Change report settings"));
}

Status ReportSettingsCommand::apply()
{
    return write(m_after);
}

Status ReportSettingsCommand::revert()
{
    return write(m_before);
}

Status ReportSettingsCommand::write(const ReportSettings &settings)
{
    if (Status s = store()->setReportSettings(settings); !s)
        return s;
    emit document()->reportSettingsChanged();
    return success();
}

} // namespace sa
