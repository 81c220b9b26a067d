#include "workspacelock.h"

#include <QFileInfo>
#include <QLockFile>

namespace sa {

WorkspaceLock::Attempt::Attempt() = default;
WorkspaceLock::Attempt::Attempt(Attempt &&) noexcept = default;
WorkspaceLock::Attempt &WorkspaceLock::Attempt::operator=(Attempt &&) noexcept = default;
WorkspaceLock::Attempt::~Attempt() = default;

QString WorkspaceLock::Holder::text() const
{
    const QString who = user.isEmpty() ? QStringLiteral("unknown user") : user;
    const QString where = host.isEmpty() ? QStringLiteral("unknown host") : host;
    return who + u'@' + where + u", pid " + QString::number(pid);
}

QString WorkspaceLock::lockPath(const QString &workspacePath)
{
    return workspacePath + u".lock";
}

WorkspaceLock::Attempt WorkspaceLock::take(const QString &workspacePath)
{
    Attempt attempt;
    const QString path = lockPath(workspacePath);
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (lock->tryLock(0)) {
        attempt.lock = std::move(lock);
        return attempt;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        Holder holder;
        QString application;
        lock->getLockInfo(&holder.pid, &holder.host, &application);
        holder.user = QFileInfo(path).owner();
        attempt.heldBy = holder;
        break;
    }
    case QLockFile::PermissionError:
        attempt.error = u"cannot write the lock file " + path + u": permission denied";
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        attempt.error = u"cannot write the lock file " + path;
        break;
    }
    return attempt;
}

QString WorkspaceLock::inUseMessage(const QString &workspacePath, const Holder &holder)
{
    return workspacePath + u" is in use by another StackAtlas window (" + holder.text() + u").";
}

} // namespace sa
