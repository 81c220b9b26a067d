#pragma once

#include <QString>
#include <QStringList>
#include <QTimer>

namespace sa::test {

// Answers the edit-conflict dialog once it is up (it runs its own event loop, so the
// test cannot wait for it): notes its title, its two column headers and the rows in bold
// ("Field: mine | theirs"), saves it as NAME.png in SA_SNAPSHOT_DIR when set, and
// clicks the button with that objectName. Starts at construction.
class ConflictAnswer
{
public:
    ConflictAnswer(QString button, QString snapshotName);

    QString title() const { return m_title; }
    QStringList shown() const { return m_shown; }

private:
    void answer();

    QTimer m_timer;
    QString m_button;
    QString m_snapshotName;
    QString m_title;
    QStringList m_shown;
};

} // namespace sa::test
