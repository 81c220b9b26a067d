#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sa::test {

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), qPrintable(p.errorString()));
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString collapsed(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

} // namespace

QString pdfText(const QString &path)
{
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    return text.isNull() ? text : collapsed(text);
}

QString pdfInfo(const QString &path, const QString &key)
{
    for (const QString &line : run(u"pdfinfo"_s, {path}).split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return QString();
}

QStringList pdfImages(const QString &path)
{
    QStringList rows = run(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 2; i < rows.size(); ++i)
        out << collapsed(rows[i]);
    return out;
}

} // namespace sa::test
