#include "cli.h"

namespace sa::cli {

bool takeOption(QStringList &args, const QString &name, QString *value, bool *missingValue)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == name) {
            if (i + 1 >= args.size()) {
                *missingValue = true;
                args.removeAt(i);
                return true;
            }
            *value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + u'=')) {
            *value = a.mid(name.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return false;
}

QStringList takeRepeatedOption(QStringList &args, const QString &name, bool *missingValue)
{
    QStringList values;
    QString value;
    while (takeOption(args, name, &value, missingValue) && !*missingValue)
        values << value;
    return values;
}

QString counted(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + QString::fromLatin1(n == 1 ? one : many);
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace sa::cli
