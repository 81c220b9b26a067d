#include "chartexport.h"

#include "chartfactory.h"
#include "filedialogs.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace sa {

namespace ChartExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::ChartExport", text);
}

Error cannotWrite(const QString &path)
{
    return Error::io(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace

Status writePng(QChart *chart, const QString &path, QSize size, qreal scale)
{
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), chart, QSizeF(size));
    }
    if (!image.save(path, "PNG"))
        return cannotWrite(path);
    return success();
}

Status writeSvg(QChart *chart, const QString &path, QSize size, const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title.isEmpty() ? chart->title() : title);
    svg.setDescription(tr("Made with StackAtlas"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(path);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart, QSizeF(size));
        if (!painter.end())
            return cannotWrite(path);
    }
    // QSvgGenerator says nothing when it cannot open its file.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return cannotWrite(path);
    return success();
}

Status exportWithDialog(QWidget *parent,
                        QChart *chart,
                        const QString &suggestedName,
                        QSize size,
                        bool svg,
                        QString *writtenPath)
{
    const QString png = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString filter = svg ? svgFilter : png;
    QString path
        = FileDialogs::saveFile(parent,
                                svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
                                QDir::home().filePath(suggestedName + (svg ? u".svg" : u".png")),
                                svg ? svgFilter + u";;" + png : png + u";;" + svgFilter,
                                &filter);
    if (writtenPath)
        *writtenPath = QString();
    if (path.isEmpty())
        return success();
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg") {
        suffix = filter == svgFilter ? QStringLiteral("svg") : QStringLiteral("png");
        path += u'.' + suffix;
    }
    Status status = suffix == u"svg" ? writeSvg(chart, path, size) : writePng(chart, path, size);
    if (status && writtenPath)
        *writtenPath = path;
    return status;
}

} // namespace ChartExport

} // namespace sa
