#include "postgresserver.h"

#include "store/postgresconnection.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sa::test {

namespace {

const char16_t kUser[] = u"stackatlas";
const char16_t kPassword[] = u"test-only-secret";

// A TCP port on 127.0.0.1 that nothing listens on now (the kernel picks it).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// The newest /usr/lib/postgresql/VERSION/bin holding initdb.
QString binFolder()
{
    QStringList versions
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&](const QString &a, const QString &b) {
        return numeric.compare(a, b) > 0;
    });
    for (const QString &v : versions) {
        const QString bin = u"/usr/lib/postgresql/" + v + u"/bin";
        if (QFile::exists(bin + u"/initdb") && QFile::exists(bin + u"/pg_ctl"))
            return bin;
    }
    return QString();
}

} // namespace

PostgresServer::PostgresServer()
    : m_bin(binFolder())
    , m_asNobody(::geteuid() == 0)
{
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

QString PostgresServer::binary(const QString &name) const
{
    return m_bin + u'/' + name;
}

bool PostgresServer::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (m_asNobody)
        process.start(
            QStringLiteral("runuser"),
            QStringList{
                QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program}
                + args);
    else
        process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QFileInfo(program).fileName() + u" failed (" + process.errorString() + u"): "
                  + QString::fromLocal8Bit(process.readAll()).trimmed();
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: "
                                 "install the Debian package postgresql (app/setup does)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: " + m_dir.errorString();
        return false;
    }
    const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    m_port = freePort();
    {
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly)) {
            m_error = u"cannot write " + pwfile;
            return false;
        }
        pw.write(QString::fromUtf16(kPassword).toUtf8() + '\n');
    }
    if (m_asNobody
        && QProcess::execute(QStringLiteral("chown"),
                             {QStringLiteral("-R"), QStringLiteral("nobody:"), m_dir.path()})
               != 0) {
        m_error = u"cannot give " + m_dir.path() + u" to the user nobody for initdb";
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"),
              data,
              u"--username="_s + QString::fromUtf16(kUser),
              u"--pwfile="_s + pwfile,
              QStringLiteral("--auth=scram-sha-256"),
              QStringLiteral("--no-locale"),
              QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--no-sync")},
             60'000))
        return false;
    {
        // HOST:PORT:DATABASE:USER:PASSWORD, readable by its owner only (libpq ignores it
        // otherwise), as a user keeps the password out of the application's settings.
        QFile pass(pgpass);
        if (!pass.open(QIODevice::WriteOnly)) {
            m_error = u"cannot write " + pgpass;
            return false;
        }
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        pass.write((u"127.0.0.1:" + QString::number(m_port) + u":*:" + QString::fromUtf16(kUser)
                    + u':' + QString::fromUtf16(kPassword) + u'\n')
                       .toUtf8());
    }
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    return launch();
}

bool PostgresServer::launch()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString options = u"-p " + QString::number(m_port)
                            + u" -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                              u" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                              u" -c max_connections=60";
    if (!run(binary(QStringLiteral("pg_ctl")),
             {QStringLiteral("-D"),
              data,
              QStringLiteral("-o"),
              options,
              QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")),
              QStringLiteral("-w"),
              QStringLiteral("-t"),
              QStringLiteral("30"),
              QStringLiteral("start")},
             40'000)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += u"\nserver log: " + QString::fromLocal8Bit(log.readAll()).trimmed();
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::control(const QString &action)
{
    return run(binary(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"),
                m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("-m"),
                QStringLiteral("fast"),
                QStringLiteral("-w"),
                action},
               30'000);
}

bool PostgresServer::stop()
{
    m_running = false;
    return control(QStringLiteral("stop"));
}

bool PostgresServer::startAgain()
{
    return launch();
}

QString PostgresServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

bool PostgresServer::restart()
{
    return control(QStringLiteral("restart"));
}

PostgresUrl PostgresServer::createDatabase(const QString &name)
{
    PostgresUrl admin;
    admin.host = QStringLiteral("127.0.0.1");
    admin.port = m_port;
    admin.user = QString::fromUtf16(kUser);
    admin.database = QStringLiteral("postgres");
    {
        QSqlDatabase db = PostgresConnection::database(admin);
        QSqlQuery q(db);
        // A name made by the tests, not user text: CREATE DATABASE takes no bound values.
        if (!q.exec(u"CREATE DATABASE \"" + name + u'"'))
            m_error = u"cannot create the database " + name + u": " + q.lastError().text();
    }
    PostgresConnection::close(admin);
    PostgresUrl url = admin;
    url.database = name;
    return url;
}

} // namespace sa::test
