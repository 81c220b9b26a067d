#pragma once

#include <QProxyStyle>

namespace sa {

// Fusion, with the one change start-up needs: the menu bar's overflow arrow and the
// search boxes' clear button are loaded only when painted (the arrow never is with three
// menus, the clear button once text is typed). QMenuBar and QLineEdit ask for them while
// they are built, and Qt loads them from PNGs, which makes QImageReader open every image
// format plugin (five libraries) before the first paint. Everything else is Fusion's.
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
