#include "domain/money.h"
#include "reportchapters.h"

#include <QCoreApplication>

namespace sa::report {

QString Build::money(Cents amount) const
{
    return formatMoney(amount, input.info.currency);
}

QString Build::capabilityName(CapabilityIndex c) const
{
    const AnalyzedCapability &cap = analysis.capabilities[size_t(c)];
    return cap.name.isEmpty() ? cap.slug : cap.name;
}

QString Build::categoryName(const QString &slug) const
{
    for (const Category &c : input.categories) {
        if (c.slug == slug)
            return c.name;
    }
    return slug;
}

QString Build::topCategoryOf(const QString &slug) const
{
    for (const Category &c : input.categories) {
        if (c.slug == slug)
            return c.isTopLevel() ? c.slug : c.parentSlug;
    }
    return QString();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::Report", text);
}

namespace {

ReportBlock textBlock(ReportBlockKind kind, const QString &text)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

} // namespace

ReportBlock heading(const QString &text)
{
    return textBlock(ReportBlockKind::Heading, text);
}

ReportBlock paragraph(const QString &text)
{
    return textBlock(ReportBlockKind::Paragraph, text);
}

ReportBlock tableBlock(ReportTable table)
{
    ReportBlock b = textBlock(ReportBlockKind::Table, QString());
    b.table = std::move(table);
    return b;
}

ReportBlock chartBlock(const QString &key)
{
    return textBlock(ReportBlockKind::Chart, key);
}

ReportColumn column(const QString &title, double width, bool numeric)
{
    return ReportColumn{title, width, numeric};
}

QString percentText(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + u'%';
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString joinNames(const QStringList &names)
{
    if (names.size() < 2)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", ") + u" and " + names.back();
}

QString countText(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + tr(n == 1 ? one : many);
}

} // namespace sa::report
