#pragma once

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCoreApplication;

namespace sa {
class CatalogueStore;
class SqliteCatalogueStore;
class SqliteWorkspaceStore;
} // namespace sa

namespace sa::cli {

// A QApplication on the offscreen platform for `report`, a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// Exit codes of stackatlas-cli (DESIGN.md: Command line).
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, IoError = 3 };

// What every command gets: its own arguments (after the command words) and the global
// options that came before or after them.
struct Context
{
    QStringList args;
    QString cataloguePath; // --catalogue PATH, empty for the per-user default
    QTextStream &out;
    QTextStream &err;
};

// Takes the value of "--name VALUE" or "--name=VALUE" out of args. Returns false when the
// option is absent; sets *missingValue when it is present without a value.
bool takeOption(QStringList &args, const QString &name, QString *value, bool *missingValue);
// Takes every occurrence of a repeatable option.
QStringList takeRepeatedOption(QStringList &args, const QString &name, bool *missingValue);
// Takes a flag such as --json.
bool takeFlag(QStringList &args, const QString &name);

// Opens the catalogue named by --catalogue (or the per-user one), creating it from the
// shipped data when absent; a postgresql:// URL opens a team catalogue on a server. On
// failure prints why and sets *exitCode.
std::unique_ptr<CatalogueStore> openStore(Context &ctx, int *exitCode);
// The same for a catalogue named by a path or URL other than --catalogue.
std::unique_ptr<CatalogueStore> openStoreAt(Context &ctx, const QString &pathOrUrl, int *exitCode);
// Reports arguments left over after a command took its own.
bool rejectExtraArguments(Context &ctx, const QString &usage);
void printJson(Context &ctx, const QJsonDocument &doc);
// Writes bytes to standard output as they are (no text conversion); the exit code.
int writeToStdout(Context &ctx, const QByteArray &bytes);
// "1 tool", "3 tools": for the readable reports.
QString counted(qint64 n, const char *one, const char *many);

// Opens the workspace at path (migrating an older one); takeLock false for commands that
// only read. On failure prints why and sets *exitCode (2 or 3).
std::unique_ptr<SqliteWorkspaceStore>
openWorkspaceFile(Context &ctx, const QString &path, bool takeLock, int *exitCode);

// For commands that only read one workspace named by their one remaining argument: prints
// usage (exit 1) unless exactly one non-option argument is left, then opens it without
// the lock (the workspace may be open in a window at the same time).
std::unique_ptr<SqliteWorkspaceStore>
openWorkspaceArgument(Context &ctx, const char *usage, int *exitCode);

int catalogueCheck(Context &ctx);
int catalogueStats(Context &ctx);
int catalogueSearch(Context &ctx);
int catalogueImport(Context &ctx);
int catalogueExport(Context &ctx);
int catalogueRebuild(Context &ctx);
int cataloguePush(Context &ctx);
int cataloguePull(Context &ctx);
int workspaceNew(Context &ctx);
int workspaceInfo(Context &ctx);
int workspaceImport(Context &ctx);
int workspaceExport(Context &ctx);
int analyze(Context &ctx);
int compare(Context &ctx);
int plan(Context &ctx);
int calendar(Context &ctx);
int report(Context &ctx);

} // namespace sa::cli
