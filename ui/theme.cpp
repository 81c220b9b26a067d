#include "theme.h"

#include "deferredicon.h"
#include "themestyle.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QPalette>
#include <QTableView>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initStackAtlasResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace sa {

namespace {

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf6, 0xf9);
    const QColor text(0x1e, 0x29, 0x3b);
    const QColor muted(0x94, 0xa3, 0xb8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x3a, 0x5f));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, QColor(0x2b, 0x5c, 0x8f));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x6f, 0xa8));
    p.setColor(QPalette::LinkVisited, QColor(0x1d, 0x6f, 0xa8));
    p.setColor(QPalette::Mid, QColor(0xcb, 0xd5, 0xe1));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xae, 0xc0));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe9, 0xee, 0xf4));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

} // namespace

void initResources()
{
    initStackAtlasResources();
}

void applyTheme(QApplication &app)
{
    initResources();
    QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(lightPalette());
    // Every window shows it (the platform asks for it once a window is created).
    QApplication::setWindowIcon(
        deferredIcon([] { return QIcon(QStringLiteral(":/icons/stackatlas.svg")); }));
    QFile sheet(QStringLiteral(":/styles/stackatlas.qss"));
    if (sheet.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

void setUpRowTable(QTableView *table, int rowHeight)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QIcon actionIcon(const QString &name)
{
    const QString path = u":/icons/actions/" + name + u".svg";
    return deferredIcon([path] { return QIcon(path); });
}

} // namespace sa
