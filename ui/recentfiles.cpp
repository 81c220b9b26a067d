#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace sa {

namespace {

const QString settingsKey = QStringLiteral("RecentWorkspaces");

QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_paths(QSettings().value(settingsKey).toStringList())
{
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    m_paths.removeAll(file);
    m_paths.prepend(file);
    while (m_paths.size() > MaxFiles)
        m_paths.removeLast();
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_paths.removeAll(normalised(path)) > 0 || m_paths.removeAll(path) > 0)
        save();
}

void RecentFiles::clear()
{
    if (m_paths.isEmpty())
        return;
    m_paths.clear();
    save();
}

void RecentFiles::save()
{
    QSettings().setValue(settingsKey, m_paths);
    emit changed();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QString path = m_paths[i];
        // &1 … &8: the number is the menu's accelerator.
        QAction *open = menu->addAction(tr("&%1  %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))));
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
        open->setData(path);
        connect(open, &QAction::triggered, this, [this, path] { emit activated(path); });
    }
    if (m_paths.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"));
    clearAction->setObjectName(QStringLiteral("clearRecentAction"));
    clearAction->setEnabled(!m_paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace sa
