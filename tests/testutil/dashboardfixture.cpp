#include "dashboardfixture.h"

#include "analysisfixture.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sa::test {

AnalysisInput dashboardStack()
{
    AnalysisInput in = handStack();
    const QHash<QString, QString> filed{{u"Alpha Mail"_s, u"email-marketing"_s},
                                        {u"Beta Automation"_s, u"marketing-automation"_s},
                                        {u"Gamma Chat"_s, u"marketing-automation"_s},
                                        {u"Delta CRM"_s, u"crm"_s},
                                        {u"Echo Pages"_s, u"pages-nobody-knows"_s},
                                        {u"Golf Notes"_s, u"analytics"_s}};
    for (Tool &t : in.tools) {
        t.categorySlug = filed.value(t.name);
        if (t.name == u"Alpha Mail") {
            t.contractEnd = QDate(2027, 3, 31);
            t.noticeDays = 60;
        } else if (t.name == u"Delta CRM") {
            t.contractEnd = QDate(2026, 6, 30);
            t.noticeDays = 30;
            t.autoRenew = true;
        } else if (t.name == u"Gamma Chat") {
            t.contractEnd = QDate(2028, 2, 29);
        } else if (t.name == u"Echo Pages") {
            t.contractEnd = QDate(2026, 12, 31);
        } else if (t.name == u"Foxtrot Old") {
            t.contractEnd = QDate(2027, 2, 28);
        }
    }
    Product chat;
    chat.slug = u"chat-pro"_s;
    chat.name = u"Chat Pro"_s;
    chat.price.low = 200;
    chat.price.high = 400;
    in.products.push_back(chat);
    return in;
}

std::vector<Scenario> dashboardScenarios()
{
    Scenario baseline;
    baseline.id = 1;
    baseline.name = u"Today"_s;
    baseline.kind = ScenarioKind::Baseline;
    Scenario plan;
    plan.id = 2;
    plan.name = u"Consolidate"_s;
    plan.start = QDate(2027, 1, 1);
    plan.horizonMonths = 12;
    plan.created = QDateTime(QDate(2027, 1, 10), QTime(9, 0), Qt::UTC);
    Decision retire;
    retire.toolId = 2;
    retire.action = DecisionAction::Retire;
    retire.effective = QDate(2027, 3, 31);
    retire.oneOffCost = 10'000;
    Decision add;
    add.productSlug = u"chat-pro"_s;
    add.action = DecisionAction::Add;
    add.effective = QDate(2027, 7, 1);
    plan.decisions = {retire, add};
    return {baseline, plan};
}

QDate dashboardToday()
{
    return QDate(2027, 1, 15);
}

} // namespace sa::test
