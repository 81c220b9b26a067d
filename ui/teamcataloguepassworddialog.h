#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sa {

// Asks for the password of a team catalogue server when libpq found none (no ~/.pgpass
// entry, no service file). The password goes to PostgresConnection::setPassword: kept in
// memory for this session only, never in settings or on disk.
class TeamCataloguePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamCataloguePasswordDialog)

public:
    // problem: why the last attempt failed (shown under the field), empty on the first.
    TeamCataloguePasswordDialog(const QString &url,
                                const QString &problem,
                                QWidget *parent = nullptr);
    QString password() const;

private:
    QLineEdit *m_password;
};

} // namespace sa
