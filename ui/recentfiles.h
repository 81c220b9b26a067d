#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace sa {

// The workspaces opened lately, newest first, kept in QSettings ("RecentWorkspaces"), for
// File > Open Recent and the welcome screen. Paths are absolute; a file that has gone is
// kept until the user opens it (and is told) or clears the list.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Fills menu with one action per file (&1…&8) and "Clear Menu"; activated(path).
    void fillMenu(QMenu *menu);

signals:
    void changed();
    void activated(const QString &path);

private:
    void save();

    QStringList m_paths;
};

} // namespace sa
