#include "importwizardsteps.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sa {

ImportWizardSteps::ImportWizardSteps(const QStringList &steps, QWidget *parent)
    : QWidget(parent)
    , m_steps(steps)
{
    setObjectName(QStringLiteral("importSteps"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(176);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 18, 0, 18);
    layout->setSpacing(2);
    auto *title = new QLabel(tr("IMPORT"));
    title->setObjectName(QStringLiteral("importStepsTitle"));
    layout->addWidget(title);
    layout->addSpacing(6);
    for (int i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel;
        label->setObjectName(u"importStep-" + QString::number(i));
        m_labels << label;
        layout->addWidget(label);
    }
    layout->addStretch(1);
    setCurrent(0, -1);
}

void ImportWizardSteps::setCurrent(int current, int skipped)
{
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels[i];
        const char *state = i == current   ? "current"
                            : i == skipped ? "skipped"
                            : i < current  ? "done"
                                           : "todo";
        const QString mark = i == skipped  ? QStringLiteral("–")
                             : i < current ? QStringLiteral("✓")
                                           : QString::number(i + 1 - (skipped >= 0 && i > skipped));
        label->setText(mark + u"   " + m_steps[i]);
        label->setToolTip(i == skipped ? tr("Not needed for this file") : QString());
        label->setProperty("step", QString::fromLatin1(state));
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
}

void setPageHeading(QWizardPage *page, const QString &title, const QString &intro)
{
    page->setTitle(u"<span style='font-size:14pt; font-weight:600; color:#0f2740'>"
                   + title.toHtmlEscaped() + u"</span>");
    page->setSubTitle(u"<span style='color:#64748b'>" + intro.toHtmlEscaped() + u"</span>");
}

} // namespace sa
