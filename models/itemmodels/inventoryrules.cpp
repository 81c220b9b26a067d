#include "inventoryrules.h"

#include "inventorytext.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::InventoryRules", text);
}

bool nameTaken(const QString &name, ToolId self, const std::vector<Tool> &tools)
{
    for (const Tool &t : tools) {
        if (t.id != self && t.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList ToolProblems::all() const
{
    QStringList out;
    for (const QString *p : {&name, &cost, &usage, &contract, &satisfaction}) {
        if (!p->isEmpty())
            out << *p;
    }
    return out;
}

ToolProblems checkTool(const Tool &tool, const std::vector<Tool> &tools)
{
    ToolProblems p;
    const QString name = tool.name.trimmed();
    if (name.isEmpty())
        p.name = tr("Enter the tool's name, as your invoices or your team call it.");
    else if (nameTaken(name, tool.id, tools))
        p.name
            = tr("Another tool is already called “%1”: give this one a name of its own.").arg(name);
    if (tool.annualCost < 0)
        p.cost = tr("The annual cost cannot be negative.");
    if (tool.seats < -1 || tool.activeUsers < -1)
        p.usage = tr("Seats and active users are counts: zero or more, or not recorded.");
    if (tool.contractStart.isValid() && tool.contractEnd.isValid()
        && tool.contractEnd < tool.contractStart)
        p.contract = tr("The contract ends (%1) before it starts (%2).")
                         .arg(inventoryDate(tool.contractEnd), inventoryDate(tool.contractStart));
    else if (tool.noticeDays < -1)
        p.contract = tr("The notice period cannot be negative.");
    if (tool.satisfaction < 0 || tool.satisfaction > 5)
        p.satisfaction = tr("Satisfaction is rated from 1 to 5 (0: not rated).");
    return p;
}

QString uniqueToolName(const QString &name, const std::vector<Tool> &tools)
{
    const QString base = name.trimmed();
    QString candidate = base;
    for (int n = 2; nameTaken(candidate, 0, tools); ++n)
        candidate = base + u" (" + QString::number(n) + u')';
    return candidate;
}

} // namespace sa
