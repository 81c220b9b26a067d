#pragma once

#include "domain/result.h"
#include "report/reportsettings.h"

#include <QSqlDatabase>

namespace sa {

// The report_settings table (migration 004): one row, read and written whole, inside the
// caller's transaction for writes.
class WorkspaceReportSettings
{
public:
    explicit WorkspaceReportSettings(QSqlDatabase db);

    Expected<ReportSettings> read() const;
    Status write(const ReportSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace sa
