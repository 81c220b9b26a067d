#include "teamserverform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

constexpr int kDefaultPort = 5432;
constexpr int kRecentKept = 6;
const auto kRecentKey = "teamCatalogue/recentServers"_L1;

QLineEdit *field(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

TeamServerForm::TeamServerForm(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QComboBox(this))
    , m_host(field(this, u"teamHost"_s, tr("db.example.com")))
    , m_port(new QSpinBox(this))
    , m_database(field(this, u"teamDatabase"_s, tr("catalogue")))
    , m_user(field(this, u"teamUser"_s, tr("your login on the server")))
    , m_password(field(this, u"teamPassword"_s, tr("not needed with ~/.pgpass")))
    , m_service(field(this, u"teamService"_s, tr("instead of the fields above")))
{
    m_recent->setObjectName(u"teamRecentServers"_s);
    m_recent->addItem(tr("New server"));
    for (const QString &url : recentServers())
        m_recent->addItem(url, url);
    m_port->setObjectName(u"teamPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setAccelerated(true);
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    if (m_recent->count() > 1)
        form->addRow(tr("&Recent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("or &Service:"), m_service);

    connect(m_recent, &QComboBox::activated, this, &TeamServerForm::pickRecent);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password, m_service})
        connect(edit, &QLineEdit::textEdited, this, &TeamServerForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamServerForm::changed);
}

QString TeamServerForm::url(QString *problem) const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString service = m_service->text().trimmed();
    if (service.isEmpty() && host.isEmpty()) {
        *problem = tr("Give the server's host name (or a libpq service name).");
        return QString();
    }
    if (service.isEmpty() && database.isEmpty()) {
        *problem = tr("Give the name of the database that holds the catalogue.");
        return QString();
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    if (m_port->value() != kDefaultPort)
        url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + database);
    if (!service.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"service"_s, service);
        url.setQuery(query);
    }
    return url.toString();
}

QString TeamServerForm::password() const
{
    return m_password->text();
}

void TeamServerForm::setUrl(const QString &text)
{
    const QUrl url(text);
    m_host->setText(url.host());
    m_port->setValue(url.port(kDefaultPort));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_service->setText(QUrlQuery(url).queryItemValue(u"service"_s));
    m_password->clear(); // another server's password is not this one's
    emit changed();
}

void TeamServerForm::pickRecent(int index)
{
    if (index > 0)
        setUrl(m_recent->itemData(index).toString());
}

QStringList TeamServerForm::recentServers()
{
    return QSettings().value(kRecentKey).toStringList();
}

void TeamServerForm::rememberServer(const QString &url)
{
    QStringList recent = recentServers();
    recent.removeAll(url);
    recent.prepend(url);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentKept));
}

} // namespace sa
