#include "criterionweights.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

// Each criterion's key, title and short title, in Criterion order.
struct CriterionNames
{
    const char16_t *key;
    const char16_t *title;
    const char16_t *shortTitle;
};

const CriterionNames &names(Criterion criterion)
{
    static const CriterionNames all[kCriterionCount] = {
        {u"coverage", u"Requirement coverage", u"Coverage"},
        {u"integration", u"Integration fit", u"Integration"},
        {u"cost", u"Indicative cost", u"Cost"},
        {u"overlap", u"Overlap with owned tools", u"Overlap"},
    };
    return all[size_t(criterion)];
}

} // namespace

QString criterionKey(Criterion criterion)
{
    return QString::fromUtf16(names(criterion).key);
}

QString criterionTitle(Criterion criterion)
{
    return QString::fromUtf16(names(criterion).title);
}

QString criterionShortTitle(Criterion criterion)
{
    return QString::fromUtf16(names(criterion).shortTitle);
}

bool parseCriterion(const QString &key, Criterion *criterion)
{
    for (int i = 0; i < kCriterionCount; ++i) {
        if (key.compare(criterionKey(Criterion(i)), Qt::CaseInsensitive) == 0) {
            *criterion = Criterion(i);
            return true;
        }
    }
    return false;
}

Expected<CriterionWeights> CriterionWeights::normalised() const
{
    double sum = 0;
    for (int i = 0; i < kCriterionCount; ++i) {
        const double w = values[size_t(i)];
        if (!std::isfinite(w) || w < 0)
            return Error::badInput(u"the weight of " + criterionKey(Criterion(i))
                                   + u" must be a number of 0 or more");
        sum += w;
    }
    if (sum <= 0)
        return Error::badInput(
            u"every weight is 0: give at least one criterion a weight above 0"_s);
    CriterionWeights out;
    for (int i = 0; i < kCriterionCount; ++i)
        out.values[size_t(i)] = values[size_t(i)] / sum;
    return out;
}

Expected<CriterionWeights> CriterionWeights::parse(const QString &text)
{
    CriterionWeights out;
    out.values.fill(0);
    std::array<bool, kCriterionCount> seen{};
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Error::badInput(u"no weights given"_s);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        Criterion c{};
        if (eq < 0 || !parseCriterion(key, &c))
            return Error::badInput(u"unknown criterion '" + (eq < 0 ? item.trimmed() : key)
                                   + u"': use coverage, integration, cost and overlap");
        if (seen[size_t(c)])
            return Error::badInput(u"the weight of " + criterionKey(c) + u" is given twice");
        seen[size_t(c)] = true;
        bool ok = false;
        const QString number = item.mid(eq + 1).trimmed();
        const double w = number.toDouble(&ok);
        if (!ok || !std::isfinite(w) || w < 0)
            return Error::badInput(u"the weight of " + criterionKey(c)
                                   + u" must be a number of 0 or more, not '" + number + u"'");
        out[c] = w;
    }
    return out;
}

QString CriterionWeights::toString() const
{
    QStringList items;
    for (int i = 0; i < kCriterionCount; ++i)
        items << criterionKey(Criterion(i)) + u'='
                     + QString::number(values[size_t(i)], 'g', QLocale::FloatingPointShortest);
    return items.join(u',');
}

} // namespace sa
