#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sa {

// The fields that name a team catalogue server: host, port, database, user, password or
// a libpq service, with the recent servers (remembered in QSettings without their
// password) to pick from. Gives the server as a postgresql:// URL; the password stays
// apart, in memory only.
class TeamServerForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamServerForm)

public:
    explicit TeamServerForm(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE (?service=NAME), or empty when the fields do
    // not name a server yet; *problem then says what is missing.
    QString url(QString *problem) const;
    QString password() const;
    void setUrl(const QString &url);

    // The servers connected to lately, newest first (no passwords: URLs cannot hold one).
    static QStringList recentServers();
    static void rememberServer(const QString &url);

signals:
    void changed();

private:
    void pickRecent(int index);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_service;
};

} // namespace sa
