#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace sa {

// The lock that tells a second StackAtlas window that a workspace is already open: a
// QLockFile next to the file (path + ".lock"). A lock whose process is gone (a crash) is
// stale and taken over; age alone never makes a lock stale, because a window may keep a
// workspace open for days. The lock warns; SQLite's own locking keeps the file whole.
class WorkspaceLock
{
public:
    // Who holds a lock, as QLockFile recorded it (the user is the lock file's owner).
    struct Holder
    {
        qint64 pid = 0;
        QString user;
        QString host;
        QString text() const; // "user@host, pid N"
    };

    // The outcome of trying to take the lock: the lock, or who holds it, or why neither
    // is known (e.g. a read-only folder where no lock file can be written).
    struct Attempt
    {
        std::unique_ptr<QLockFile> lock;
        std::optional<Holder> heldBy;
        QString error;
        Attempt();
        Attempt(Attempt &&) noexcept;
        Attempt &operator=(Attempt &&) noexcept;
        ~Attempt();
    };

    static QString lockPath(const QString &workspacePath);
    static Attempt take(const QString &workspacePath);
    // "PATH is in use by another StackAtlas window (user@host, pid N)."
    static QString inUseMessage(const QString &workspacePath, const Holder &holder);
};

} // namespace sa
