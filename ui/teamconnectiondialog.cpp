#include "teamconnectiondialog.h"

#include "catalogue/cataloguesource.h"
#include "teamserverform.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa {

TeamConnectionDialog::TeamConnectionDialog(const CatalogueSource *source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_form(new TeamServerForm(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"teamConnectionDialog"_s);
    setWindowTitle(tr("Connect to Team Catalogue"));
    setMinimumWidth(480);
    auto *intro = new QLabel(
        tr("A team shares one catalogue on a PostgreSQL server. The password is kept in "
           "memory until StackAtlas quits, never saved; to connect without typing it, put it "
           "in ~/.pgpass or name a libpq service (~/.pg_service.conf)."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(u"teamIntro"_s);
    intro->setProperty("hint", true);
    m_status->setObjectName(u"teamStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_busy->setObjectName(u"teamBusy"_s);
    m_busy->setRange(0, 0); // no steps to count: a connection either comes or fails
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_test->setObjectName(u"teamTest"_s);
    m_connect->setObjectName(u"teamConnect"_s);
    m_connect->setDefault(true);
    m_cancel->setObjectName(u"teamCancel"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_test); // apart from the buttons that close the dialog
    row->addStretch(1);
    row->addWidget(buttons);
    layout->addLayout(row);

    connect(m_test, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_watcher)
            cancelAttempt();
        else
            reject();
    });
    connect(m_form, &TeamServerForm::changed, m_status, &QLabel::hide);
}

TeamConnectionDialog::~TeamConnectionDialog() = default;

std::shared_ptr<CatalogueStore> TeamConnectionDialog::takeStore()
{
    return std::move(m_store);
}

void TeamConnectionDialog::start(bool connect)
{
    QString problem;
    const QString url = m_form->url(&problem);
    if (url.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    m_attemptUrl = url;
    const CatalogueSource *source = m_source;
    const QString password = m_form->password();
    m_watcher = new QFutureWatcher<Attempt>(this);
    QFutureWatcher<Attempt> *watcher = m_watcher;
    QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            finished();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([source, url, password, connect] {
        Attempt attempt;
        attempt.connect = connect;
        if (!connect) {
            attempt.message = source->testTeam(url, password);
            return attempt;
        }
        Expected<std::unique_ptr<CatalogueStore>> opened = source->openTeam(url, password);
        if (opened)
            attempt.store = std::move(*opened);
        else
            attempt.message = opened.error();
        return attempt;
    }));
    showStatus(connect ? tr("Connecting to %1…").arg(url) : tr("Testing %1…").arg(url), false);
    setBusy(true);
}

void TeamConnectionDialog::finished()
{
    Attempt attempt = m_watcher->result();
    m_watcher = nullptr;
    setBusy(false);
    if (!attempt.message) {
        showStatus(attempt.message.error().message, true);
        return;
    }
    if (!attempt.connect) {
        showStatus(*attempt.message, false);
        return;
    }
    m_url = m_attemptUrl;
    m_store = std::move(attempt.store);
    TeamServerForm::rememberServer(m_url);
    accept();
}

// The attempt cannot be interrupted inside libpq; its outcome is dropped when it comes
// (a catalogue opened meanwhile is closed again).
void TeamConnectionDialog::cancelAttempt()
{
    m_watcher = nullptr;
    setBusy(false);
    showStatus(tr("Cancelled: nothing was changed."), false);
}

void TeamConnectionDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_form->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
}

void TeamConnectionDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("error", problem);
    m_status->style()->unpolish(m_status); // the style sheet colours errors
    m_status->style()->polish(m_status);
    m_status->show();
}

} // namespace sa
