#include "banner.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>

namespace sa {

QLabel *createBanner(const QString &objectName)
{
    auto *banner = new QLabel;
    banner->setObjectName(objectName);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The style sheet's padding is lost when the banner property changes after polish.
    banner->setContentsMargins(11, 8, 11, 8);
    banner->hide();
    return banner;
}

void showBanner(QLabel *banner, BannerKind kind, const QString &text)
{
    static const char *const names[] = {"error", "warning", "ok", "info"};
    banner->setProperty("banner", QString::fromLatin1(names[int(kind)]));
    banner->style()->unpolish(banner);
    banner->style()->polish(banner);
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

void styleTable(QTableView *table, int rowHeight)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(48);
}

} // namespace sa
