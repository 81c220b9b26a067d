#include "findingsbar.h"

#include "analysis/liveanalysis.h"
#include "analysispalette.h"
#include "figurebutton.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sa {

FindingsBar::FindingsBar(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
{
    setObjectName(u"findingsBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Findings"));
    title->setObjectName(u"findingsTitle"_s);
    layout->addWidget(title);
    layout->addSpacing(8);
    addFigure(u"findingTools"_s, tr("Tools"), u"inventory"_s);
    addFigure(u"findingSpend"_s, tr("Annual spend"), u"inventory"_s);
    addFigure(u"findingRedundant"_s, tr("Redundant spend"), u"overlaps"_s);
    addFigure(u"findingShelfware"_s, tr("Shelfware"), u"inventory"_s);
    addFigure(u"findingGaps"_s, tr("Gaps"), u"capabilityMap"_s);
    addFigure(u"findingSilos"_s, tr("Silos"), u"integrationMap"_s);
    layout->addStretch(1);
    // The analysis views from anywhere while the workspace is open.
    const struct
    {
        QKeySequence keys;
        const char16_t *view;
    } shortcuts[] = {{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), u"capabilityMap"},
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), u"overlaps"},
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), u"integrationMap"}};
    for (const auto &shortcut : shortcuts) {
        auto *action = new QAction(this);
        action->setObjectName(u"show-"_s + QString::fromUtf16(shortcut.view));
        action->setShortcut(shortcut.keys);
        action->setShortcutContext(Qt::WindowShortcut);
        const QString view = QString::fromUtf16(shortcut.view);
        connect(action, &QAction::triggered, this, [this, view] { emit viewRequested(view); });
        addAction(action);
    }
    connect(m_analysis, &LiveAnalysis::updated, this, &FindingsBar::refresh);
    refresh();
}

FigureButton *
FindingsBar::addFigure(const QString &objectName, const QString &caption, const QString &view)
{
    auto *figure = new FigureButton(caption);
    figure->setObjectName(objectName);
    layout()->addWidget(figure);
    m_figures << figure;
    connect(figure, &FigureButton::clicked, this, [this, view] { emit viewRequested(view); });
    return figure;
}

FigureButton *FindingsBar::figure(const QString &objectName) const
{
    for (FigureButton *f : m_figures) {
        if (f->objectName() == objectName)
            return f;
    }
    return nullptr;
}

void FindingsBar::refresh()
{
    const AnalysisResult &r = m_analysis->result();
    const QString currency = m_document->store()->info().currency;
    const QLocale locale;
    const QColor warn = coverageColors(Coverage::Overlapped).edge;
    const QColor bad = coverageColors(Coverage::Gap).edge;

    FigureButton *tools = figure(u"findingTools"_s);
    tools->setValue(locale.toString(qlonglong(r.tools.size())));
    tools->setToolTip(r.retiredTools == 0
                          ? tr("Active tools. Open the inventory.")
                          : tr("Active tools; %n retired not counted. Open the inventory.",
                               nullptr,
                               r.retiredTools));
    FigureButton *spend = figure(u"findingSpend"_s);
    spend->setValue(formatMoney(r.annualCost, currency));
    spend->setToolTip(tr("What the active tools cost a year. Open the inventory."));

    FigureButton *redundant = figure(u"findingRedundant"_s);
    redundant->setValue(formatMoney(r.redundantCost, currency),
                        r.redundantCost > 0 ? warn : QColor());
    redundant->setToolTip(tr("Spent twice: over %n overlapped capabilities, the cost shares of "
                             "every tool but the one kept. Open the overlaps.",
                             nullptr,
                             int(r.overlaps.size())));
    FigureButton *shelfware = figure(u"findingShelfware"_s);
    shelfware->setValue(formatMoney(r.shelfwareCost, currency),
                        r.shelfwareCost > 0 ? warn : QColor());
    shelfware->setToolTip(tr("Paid-for seats nobody uses, over %n tools used by under half "
                             "their seats. Open the inventory.",
                             nullptr,
                             int(r.shelfware.size())));

    int must = 0;
    for (const Gap &g : r.gaps)
        must += g.importance == Importance::Must ? 1 : 0;
    FigureButton *gaps = figure(u"findingGaps"_s);
    gaps->setValue(locale.toString(qlonglong(r.gaps.size())), r.gaps.empty() ? QColor() : bad);
    gaps->setToolTip(tr("Required capabilities no active tool meets: %1 must, %2 should. Open "
                        "the capability map.")
                         .arg(must)
                         .arg(int(r.gaps.size()) - must));
    FigureButton *silos = figure(u"findingSilos"_s);
    silos->setValue(locale.toString(qlonglong(r.silos.size())), r.silos.empty() ? QColor() : warn);
    silos->setToolTip(tr("Groups of integrated tools that reach no hub (CRM, CDP or a system "
                         "of record). Open the integration map."));
}

} // namespace sa
