// calendar: the workspace's notice deadlines and renewals as an iCalendar file (RFC 5545)
// with reminders, for any calendar application to import or subscribe to.
#include "cli.h"
#include "domain/slug.h"
#include "planning/contractcalendar.h"
#include "store/workspacefile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace sa::cli {

namespace {

const char usage[] = "usage: stackatlas-cli calendar FILE -o OUT.ics [--start YYYY-MM-DD]\n";

} // namespace

int calendar(Context &ctx)
{
    QString out;
    QString startText;
    bool missing = false;
    const bool hasOut = takeOption(ctx.args, QStringLiteral("-o"), &out, &missing);
    if (!hasOut || missing || out.isEmpty()) {
        ctx.err << "stackatlas-cli: calendar needs -o OUT.ics\n" << usage;
        return Usage;
    }
    QDate from = QDate::currentDate();
    if (takeOption(ctx.args, QStringLiteral("--start"), &startText, &missing)) {
        from = QDate::fromString(startText, Qt::ISODate);
        if (missing || !from.isValid() || startText.size() != 10) {
            ctx.err << "stackatlas-cli: --start needs a date as YYYY-MM-DD, not '" << startText
                    << "'\n"
                    << usage;
            return Usage;
        }
    }
    int exitCode = Ok;
    const auto store = openWorkspaceArgument(ctx, usage, &exitCode);
    if (!store)
        return exitCode;
    const WorkspaceInfo info = store->info();
    const QString company
        = info.company.isEmpty() ? QFileInfo(store->path()).completeBaseName() : info.company;
    const QString domain
        = (slugify(company).isEmpty() ? QStringLiteral("workspace") : slugify(company))
          + u".stackatlas";
    const std::vector<CalendarEvent> events
        = contractEvents(store->tools(), from, info.currency, domain);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(ICalendarWriter::write(
               events, company + u": contracts", QDateTime::currentDateTimeUtc()))
               < 0
        || !file.commit()) {
        ctx.err << "stackatlas-cli: cannot write " << out << ": " << file.errorString() << '\n';
        return IoError;
    }
    ctx.out << "Wrote " << events.size() << " events (renewals and notice deadlines from "
            << from.toString(Qt::ISODate) << ") to " << out << '\n';
    return Ok;
}

} // namespace sa::cli
