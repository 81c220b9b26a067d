#pragma once

#include "catalogue/cataloguestore.h"
#include "domain/result.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
template<typename T>
class QFutureWatcher;

namespace sa {

class CatalogueSource;
class TeamServerForm;

// File > Connect to Team Catalogue…: names a PostgreSQL server (TeamServerForm), tests the
// connection or connects. Each attempt runs on a worker thread (CatalogueSource opens
// that thread's own connection) while a busy bar shows; Cancel stops waiting and leaves
// the fields as they were. Accepted once the catalogue is open: takeStore() hands it
// over, and the server joins the recent ones.
class TeamConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectionDialog)

public:
    // The source must outlive any attempt (it is the application's).
    explicit TeamConnectionDialog(const CatalogueSource *source, QWidget *parent = nullptr);
    ~TeamConnectionDialog() override;

    TeamServerForm *form() const { return m_form; }
    QString url() const { return m_url; } // of the opened catalogue
    std::shared_ptr<CatalogueStore> takeStore();

    // An attempt's outcome, handed from the worker thread.
    struct Attempt
    {
        bool connect = false; // Connect, not Test Connection
        Expected<QString> message = QString();
        std::shared_ptr<CatalogueStore> store;
    };

private:
    void start(bool connect);
    void finished();
    void cancelAttempt();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    const CatalogueSource *m_source;
    TeamServerForm *m_form;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_test;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QFutureWatcher<Attempt> *m_watcher = nullptr;
    QString m_attemptUrl;
    QString m_url;
    std::shared_ptr<CatalogueStore> m_store;
};

} // namespace sa
