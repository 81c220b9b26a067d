#include "workspacereportsettings.h"

#include "sqlsupport.h"

using namespace Qt::StringLiterals;

namespace sa {

WorkspaceReportSettings::WorkspaceReportSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<ReportSettings> WorkspaceReportSettings::read() const
{
    QSqlQuery q = preparedQuery(m_db,
                                u"SELECT hidden_sections, company, prepared_by, logo_path, logo,"
                                u" accent, paper, scenario FROM report_settings WHERE id = 1"_s);
    if (Status s = execute(q, u"cannot read the report settings"_s); !s)
        return s.error();
    ReportSettings out;
    if (!q.next())
        return out;
    out.setHiddenSections(q.value(0).toString());
    out.company = q.value(1).toString();
    out.preparedBy = q.value(2).toString();
    out.logoPath = q.value(3).toString();
    out.logo = q.value(4).toByteArray();
    out.accent = q.value(5).toString();
    parsePaperSize(q.value(6).toString(), &out.paper);
    out.scenario = q.value(7).toString();
    return out;
}

Status WorkspaceReportSettings::write(const ReportSettings &s)
{
    if (!ReportSettings::isAccent(s.accent))
        return Error::badInput(u"the accent colour must be #rrggbb in lower case, not '" + s.accent
                               + u"'");
    QSqlQuery q = preparedQuery(
        m_db,
        u"INSERT INTO report_settings (id, hidden_sections, company, prepared_by, logo_path,"
        u" logo, accent, paper, scenario) VALUES (1, :hidden, :company, :prepared, :logo_path,"
        u" :logo, :accent, :paper, :scenario) ON CONFLICT (id) DO UPDATE SET"
        u" hidden_sections = excluded.hidden_sections, company = excluded.company,"
        u" prepared_by = excluded.prepared_by, logo_path = excluded.logo_path,"
        u" logo = excluded.logo, accent = excluded.accent, paper = excluded.paper,"
        u" scenario = excluded.scenario"_s);
    q.bindValue(u":hidden"_s, textValue(s.hiddenSections()));
    q.bindValue(u":company"_s, textValue(s.company));
    q.bindValue(u":prepared"_s, textValue(s.preparedBy));
    q.bindValue(u":logo_path"_s, textValue(s.logoPath));
    q.bindValue(u":logo"_s,
                s.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(s.logo));
    q.bindValue(u":accent"_s, s.accent);
    q.bindValue(u":paper"_s, paperSizeKey(s.paper));
    q.bindValue(u":scenario"_s, textValue(s.scenario));
    return execute(q, u"cannot save the report settings"_s);
}

} // namespace sa
