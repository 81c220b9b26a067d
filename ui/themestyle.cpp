#include "themestyle.h"

#include "deferredicon.h"

#include <QPointer>
#include <QStyleFactory>

namespace sa {

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

ThemeStyle::~ThemeStyle() = default;

QIcon ThemeStyle::standardIcon(StandardPixmap standardIcon,
                               const QStyleOption *option,
                               const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton
        || standardIcon == SP_ToolBarVerticalExtensionButton
        || standardIcon == SP_LineEditClearButton) {
        // Fusion draws these from PNGs, which would load every image format plugin
        // before the first paint: asked for only when first shown.
        const QPointer<const QStyle> base(baseStyle());
        return deferredIcon(
            [base, standardIcon] { return base ? base->standardIcon(standardIcon) : QIcon(); });
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace sa
