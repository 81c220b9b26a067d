// calendar: the workspace's notice deadlines and renewals as an iCalendar file (RFC 5545)
// with reminders, for any calendar application to import or subscribe to.
#include "cli.h"
#include "planning/contractcalendar.h"
#include "store/workspacefile.h"

#include <QFileInfo>

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
    const Expected<int> written = writeContractCalendar(store->tools(),
                                                        store->info(),
                                                        QFileInfo(store->path()).completeBaseName(),
                                                        from,
                                                        out,
                                                        QDateTime::currentDateTimeUtc());
    if (!written) {
        ctx.err << "stackatlas-cli: " << written.error().message << '\n';
        return IoError;
    }
    ctx.out << "Wrote " << *written << " events (renewals and notice deadlines from "
            << from.toString(Qt::ISODate) << ") to " << out << '\n';
    return Ok;
}

} // namespace sa::cli
