#include "welcomeview.h"

#include "recentfiles.h"
#include "theme.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa {

WelcomeView::WelcomeView(RecentFiles *recent, QWidget *parent)
    : MainView(parent)
    , m_recent(recent)
    , m_list(new QListWidget)
    , m_clear(new QPushButton(tr("Clear")))
{
    setObjectName(QStringLiteral("welcomeView"));
    setAttribute(Qt::WA_StyledBackground);

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/stackatlas.svg")).pixmap(56, 56));
    auto *headline = new QLabel(tr("Welcome to StackAtlas"));
    headline->setObjectName(QStringLiteral("welcomeHeadline"));
    auto *tagline = new QLabel(tr("Map the tools the company pays for, see what is paid twice "
                                  "and what is missing, and plan a leaner stack."));
    tagline->setObjectName(QStringLiteral("welcomeTagline"));
    tagline->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(headline);
    titles->addWidget(tagline);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    QPushButton *newCard = card(QStringLiteral("welcomeNew"),
                                QStringLiteral("new-workspace"),
                                tr("New workspace"),
                                tr("One file per company. Start from a requirement profile "
                                   "for its kind of business."));
    QPushButton *openCard = card(QStringLiteral("welcomeOpen"),
                                 QStringLiteral("open"),
                                 tr("Open…"),
                                 tr("A .stackatlas file of yours, or one a colleague sent."));
    QPushButton *demoCard = card(QStringLiteral("welcomeDemo"),
                                 QStringLiteral("demo"),
                                 tr("Open the demo"),
                                 tr("Northbeam: 84 tools from a sample finance export, ready "
                                    "to explore and change."));
    for (QPushButton *c : {newCard, openCard, demoCard})
        cards->addWidget(c);

    auto *recentTitle = new QLabel(tr("RECENT WORKSPACES"));
    recentTitle->setProperty("heading", true);
    m_clear->setObjectName(QStringLiteral("clearRecentButton"));
    m_clear->setFlat(true);
    m_clear->setCursor(Qt::PointingHandCursor);
    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(recentTitle);
    recentHeader->addStretch(1);
    recentHeader->addWidget(m_clear);

    m_list->setObjectName(QStringLiteral("recentList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    auto *none = new QLabel(tr("The workspaces you open will be listed here."));
    none->setObjectName(QStringLiteral("recentEmpty"));
    none->setProperty("hint", true);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_none = none;

    auto *saved = new QLabel(tr("StackAtlas saves every change as you make it. The catalogue "
                                "is always one click away on the left."));
    saved->setProperty("hint", true);

    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("welcomeColumn"));
    column->setMaximumWidth(780);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addSpacing(10);
    layout->addLayout(cards);
    layout->addSpacing(14);
    layout->addLayout(recentHeader);
    layout->addWidget(m_list);
    layout->addWidget(m_none);
    layout->addSpacing(10);
    layout->addWidget(saved);

    // Upper middle of the window: a little more room below than above.
    auto *centre = new QVBoxLayout;
    centre->addStretch(2);
    centre->addWidget(column);
    centre->addStretch(3);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 28, 40, 28);
    outer->addStretch(1);
    outer->addLayout(centre, 4);
    outer->addStretch(1);

    connect(newCard, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(openCard, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(demoCard, &QPushButton::clicked, this, &WelcomeView::demoRequested);
    connect(m_clear, &QPushButton::clicked, m_recent, &RecentFiles::clear);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &RecentFiles::changed, this, &WelcomeView::showRecent);
    showRecent();
}

QPushButton *WelcomeView::card(const QString &name,
                               const QString &icon,
                               const QString &title,
                               const QString &text)
{
    auto *button = new QPushButton;
    button->setObjectName(name);
    button->setProperty("card", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setMinimumSize(220, 128);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(actionIcon(icon).pixmap(26, 26));
    auto *titleLabel = new QLabel(title);
    titleLabel->setProperty("cardTitle", true);
    auto *textLabel = new QLabel(text);
    textLabel->setProperty("cardText", true);
    textLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);
    for (QLabel *l : {iconLabel, titleLabel, textLabel}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
    layout->addStretch(1);
    return button;
}

void WelcomeView::showRecent()
{
    m_list->clear();
    for (const QString &path : m_recent->paths()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            info.exists()
                ? tr("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()))
                : tr("%1\n%2 — not found")
                      .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setIcon(actionIcon(QStringLiteral("workspace-file")));
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setSizeHint(QSize(0, 48));
        if (!info.exists())
            item->setForeground(QColor(0x94, 0xa3, 0xb8));
    }
    const bool empty = m_recent->paths().isEmpty();
    // As tall as its rows, so the page does not keep an empty box.
    const int rows = std::min(int(m_recent->paths().size()), 6);
    m_list->setFixedHeight(rows * 48 + 10);
    m_list->setVisible(!empty);
    m_none->setVisible(empty);
    m_clear->setVisible(!empty);
}

QString WelcomeView::viewId() const
{
    return QStringLiteral("welcome");
}

QString WelcomeView::title() const
{
    return tr("Start");
}

QIcon WelcomeView::icon() const
{
    return actionIcon(QStringLiteral("home"));
}

} // namespace sa
