#pragma once

#include <QProxyStyle>

namespace sa {

// Fusion, with the one change start-up needs: the menu bar's overflow arrow is loaded
// only when it is painted (with three menus it never is). QMenuBar asks for it while it
// is built, and Qt loads it from a PNG, which makes QImageReader open every image format
// plugin (five libraries) before the first paint. Everything else is Fusion's.
class ThemeStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeStyle)

public:
    ThemeStyle();
    ~ThemeStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon,
                       const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace sa
