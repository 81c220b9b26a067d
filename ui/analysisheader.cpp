#include "analysisheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

QWidget *createAnalysisHeader(const QString &objectName,
                              const QString &title,
                              const QString &hint,
                              QLayout *extra)
{
    auto *bar = new QWidget;
    bar->setObjectName(objectName);
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setProperty("analysisHeader", true);
    auto *headline = new QLabel(title);
    headline->setObjectName(u"analysisHeadline"_s);
    auto *text = new QLabel(hint);
    text->setObjectName(u"analysisHint"_s);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(headline);
    titles->addWidget(text);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addLayout(titles);
    layout->addStretch(1);
    if (extra)
        layout->addLayout(extra);
    return bar;
}

} // namespace sa
