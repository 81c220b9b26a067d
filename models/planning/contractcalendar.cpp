#include "contractcalendar.h"

#include "domain/slug.h"
#include "horizon.h"

#include <QSaveFile>

#include <algorithm>

namespace sa {

namespace {

QString uid(const Tool &tool, const char *what, QDate date, const QString &domain)
{
    return u"tool-" + QString::number(tool.id) + u'-' + QLatin1String(what) + u'-'
           + date.toString(u"yyyyMMdd") + u'@' + domain;
}

QString facts(const Tool &tool, const QString &currency)
{
    QString text = u"Annual cost: " + formatMoney(tool.annualCost, currency) + u'.';
    if (!tool.owner.isEmpty())
        text += u"\nOwner: " + tool.owner + u'.';
    if (tool.noticeDays >= 0)
        text += u"\nNotice period: " + QString::number(tool.noticeDays) + u" days.";
    text += tool.autoRenew ? QStringLiteral("\nRenews itself unless notice is given.")
                           : QStringLiteral("\nEnds unless renewed.");
    return text;
}

} // namespace

std::vector<CalendarEvent> contractEvents(const std::vector<Tool> &tools,
                                          QDate from,
                                          const QString &currency,
                                          const QString &uidDomain)
{
    std::vector<CalendarEvent> events;
    for (const Tool &tool : tools) {
        if (!tool.isActive())
            continue;
        const QDate renewal = nextContractEnd(tool, from);
        if (renewal.isValid())
            events.push_back(
                {uid(tool, "renewal", renewal, uidDomain),
                 renewal,
                 (tool.autoRenew ? QStringLiteral("Renewal: ") : QStringLiteral("Contract ends: "))
                     + tool.name,
                 tool.name + u"'s contract "
                     + (tool.autoRenew ? QStringLiteral("renews") : QStringLiteral("ends"))
                     + u" on " + renewal.toString(Qt::ISODate) + u".\n" + facts(tool, currency),
                 QStringLiteral("Renewal"),
                 {30}});
        if (tool.noticeDays < 0 || !tool.contractEnd.isValid())
            continue;
        const QDate end = retirementDate(tool, from);
        const QDate deadline = noticeDeadline(tool, end);
        if (!deadline.isValid() || deadline < from)
            continue;
        events.push_back({uid(tool, "notice", deadline, uidDomain),
                          deadline,
                          u"Notice deadline: " + tool.name,
                          u"Last day to give notice on " + tool.name + u" for the contract ending "
                              + end.toString(Qt::ISODate) + u".\n" + facts(tool, currency),
                          QStringLiteral("Notice deadline"),
                          {14, 1}});
    }
    std::stable_sort(
        events.begin(), events.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
            return a.date < b.date;
        });
    return events;
}

Expected<int> writeContractCalendar(const std::vector<Tool> &tools,
                                    const WorkspaceInfo &info,
                                    const QString &fileBaseName,
                                    QDate from,
                                    const QString &path,
                                    const QDateTime &stamp)
{
    const QString company = info.company.isEmpty() ? fileBaseName : info.company;
    const QString domain
        = (slugify(company).isEmpty() ? QStringLiteral("workspace") : slugify(company))
          + u".stackatlas";
    const std::vector<CalendarEvent> events = contractEvents(tools, from, info.currency, domain);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(ICalendarWriter::write(events, company + u": contracts", stamp)) < 0
        || !file.commit())
        return Error::io(u"cannot write " + path + u": " + file.errorString());
    return int(events.size());
}

} // namespace sa
