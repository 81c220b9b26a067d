#include "inventoryjson.h"

#include "inventoryimporter.h"

#include <QJsonArray>

namespace sa {

QJsonObject InventoryJson::summary(const InventoryPreview &preview, const InventoryOutcome &outcome)
{
    const bool tools = preview.mode == InventoryMode::Tools;
    QJsonArray suggested;
    for (const int r : outcome.unconfirmed) {
        const InventoryRow &row = preview.rows[size_t(r)];
        const MatchCandidate &best = row.match.candidates.front();
        suggested.append(QJsonObject{{QStringLiteral("name"), row.tool.name},
                                     {QStringLiteral("product"), best.productSlug},
                                     {QStringLiteral("confidence"), best.confidence}});
    }
    return QJsonObject{
        {QStringLiteral("file"), preview.fileName},
        {QStringLiteral("mode"), tools ? QStringLiteral("tools") : QStringLiteral("requirements")},
        {QStringLiteral("rows"), preview.dataRows},
        {QStringLiteral("imported"),
         qint64(tools ? outcome.import.tools.size() : outcome.import.requirements.size())},
        {QStringLiteral("matched"), outcome.matched.size()},
        {QStringLiteral("unmatched"), QJsonArray::fromStringList(outcome.unmatched)},
        {QStringLiteral("suggested"), suggested},
        {QStringLiteral("integrations"), qint64(outcome.import.integrations.size())},
        {QStringLiteral("requirements"), qint64(outcome.import.requirements.size())},
        {QStringLiteral("local_capabilities"),
         QJsonArray::fromStringList(outcome.localCapabilities)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(preview.warnings)},
    };
}

} // namespace sa
