#include "reportpainting.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>

namespace sa::reportpaint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::Report", text);
}

// The logo fitted into box, keeping its proportions: SVG as vectors, anything else as
// the one raster image of the report.
void logo(QPainter *p, const QByteArray &bytes, const QRectF &box)
{
    QSvgRenderer svg(bytes);
    QSizeF size;
    QImage image;
    if (svg.isValid()) {
        size = svg.defaultSize();
    } else {
        image = QImage::fromData(bytes);
        if (image.isNull())
            return;
        size = image.size();
    }
    if (size.isEmpty())
        return;
    size.scale(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.right() - size.width(), box.top(), size.width(), size.height());
    if (svg.isValid())
        svg.render(p, target);
    else
        p->drawImage(target, image);
}

} // namespace

void cover(PageFlow &flow, const ReportContent &c)
{
    const ReportStyle &s = flow.style();
    const QRectF page = flow.page();
    const QRectF band(0, 0, page.width(), page.height() * 0.42);
    const double x = flow.body().left();
    const double w = flow.body().width();
    if (QPainter *p = flow.painter()) {
        p->fillRect(band, s.accent);
        if (!c.settings.logo.isEmpty()) {
            p->fillRect(QRectF(x + w - 170, band.bottom() + 28, 170, 90), Qt::white);
            logo(p, c.settings.logo, QRectF(x + w - 160, band.bottom() + 32, 160, 80));
        }
    }
    double y = band.bottom() - 150;
    y += flow.drawText(x, y, w, tr("Stack review"), s.font(13), Qt::white);
    y += 6;
    const QString company = c.company.isEmpty() ? tr("Marketing technology stack") : c.company;
    flow.drawText(x, y, w, company, s.font(30, true), Qt::white);

    y = band.bottom() + 32;
    const QFont label = s.font(8.5);
    const QFont value = s.font(12);
    const std::pair<QString, QString> lines[] = {
        {tr("Prepared by"), c.preparedBy.isEmpty() ? QStringLiteral("–") : c.preparedBy},
        {tr("Date"), QLocale(QLocale::English).toString(c.date, QStringLiteral("d MMMM yyyy"))},
        {tr("Currency"), c.currency},
    };
    for (const auto &[l, v] : lines) {
        y += flow.drawText(x, y, w * 0.6, l, label, s.muted) + 2;
        y += flow.drawText(x, y, w * 0.6, v, value, s.ink) + 14;
    }
    flow.drawText(x,
                  flow.body().bottom() - 10,
                  w,
                  tr("Made with StackAtlas. Every figure is defined in the method appendix."),
                  s.font(7.5),
                  s.muted);
}

void contents(PageFlow &flow, const std::vector<ContentsEntry> &entries)
{
    chapterTitle(flow, tr("Contents"));
    const ReportStyle &s = flow.style();
    const QFont font = s.font(11);
    const double x = flow.body().left();
    const double w = flow.body().width();
    for (const ContentsEntry &e : entries) {
        const QString number = QString::number(e.page);
        const double h = flow.drawText(x, flow.y(), w - 40, e.title, font, s.ink);
        flow.drawText(x, flow.y(), w, number, font, s.ink, Qt::AlignRight);
        if (QPainter *p = flow.painter()) {
            const double from = x + flow.textWidth(e.title, font) + 6;
            const double to = x + w - flow.textWidth(number, font) - 6;
            p->setPen(QPen(s.rule, 0.8, Qt::DotLine));
            p->drawLine(QPointF(from, flow.y() + h * 0.75), QPointF(to, flow.y() + h * 0.75));
        }
        flow.advance(h + 9);
    }
}

} // namespace sa::reportpaint
