#include "slug.h"

#include <QCryptographicHash>

namespace sa {

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingDash = false;
    auto appendWord = [&](QStringView word) {
        if (pendingDash && !out.isEmpty())
            out += u'-';
        pendingDash = false;
        out += word;
    };
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            appendWord(QString(c.toLower()));
        } else if (c == u'&') {
            pendingDash = true;
            appendWord(u"and");
            pendingDash = true;
        } else if (c == u'+') {
            pendingDash = true;
            appendWord(u"plus");
            pendingDash = true;
        } else if (c == u'\'' || c == u'\u2019') {
            // "Trader Joe's" -> "trader-joes"
        } else {
            pendingDash = true;
        }
    }
    if (out.isEmpty() && !text.trimmed().isEmpty()) {
        // Names with no ASCII letters at all still need a stable, distinct slug.
        const QByteArray digest = QCryptographicHash::hash(text.trimmed().toUtf8(),
                                                           QCryptographicHash::Sha1);
        out = u"x-" + QString::fromLatin1(digest.toHex().left(10));
    }
    return out;
}

} // namespace sa
