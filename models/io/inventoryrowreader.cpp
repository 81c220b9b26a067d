#include "inventoryrowreader.h"

#include "cataloguecsvvalues.h"
#include "csvtable.h"
#include "inventorycapabilities.h"
#include "inventorycatalogue.h"
#include "inventorydateorder.h"
#include "inventorymessages.h"
#include "inventorymoney.h"
#include "inventoryvalues.h"

#include <algorithm>

namespace sa {

namespace {

bool isTotalsName(QStringView name)
{
    for (const QStringView total : {u"total",
                                    u"totals",
                                    u"grand total",
                                    u"sum",
                                    u"subtotal",
                                    u"gesamt",
                                    u"summe",
                                    u"gesamtsumme"}) {
        if (name.compare(total, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

InventoryRowReader::InventoryRowReader(const CsvTable &table,
                                       const InventoryColumns &columns,
                                       const InventoryDateOrder &dates,
                                       const InventoryCatalogue &catalogue,
                                       InventoryCapabilities *capabilities,
                                       InventoryMessages *messages,
                                       const QString &currency)
    : m_cells(table, columns)
    , m_dates(dates)
    , m_catalogue(catalogue)
    , m_capabilities(capabilities)
    , m_messages(messages)
    , m_currency(currency)
{
}

template<typename T, typename Read>
T InventoryRowReader::value(int row, Field field, InventoryRow *out, T fallback, Read read) const
{
    const int at = column(field);
    if (at < 0)
        return fallback;
    Expected<T> parsed = read(text(row, field));
    if (parsed)
        return *parsed;
    m_messages->error(&out->problems, at, where(row, field), parsed.error().message);
    return fallback;
}

InventoryRow InventoryRowReader::read(int row) const
{
    InventoryRow out;
    out.line = m_cells.table().rowLine(row);
    Tool &t = out.tool;
    t.name = text(row, Field::Name).toString();
    t.vendorName = text(row, Field::Vendor).toString();
    if (t.name.isEmpty() || (isTotalsName(t.name) && t.vendorName.isEmpty())) {
        out.skipped = true;
        const bool blank = m_cells.rowIsBlank(row);
        if (!t.name.isEmpty())
            m_messages->warning(&out.problems,
                                column(Field::Name),
                                where(row, Field::Name),
                                u"'" + t.name + u"' looks like a totals row; not imported");
        else if (!blank)
            m_messages->error(&out.problems,
                              column(Field::Name),
                              where(row, Field::Name),
                              QStringLiteral("the tool name is empty"));
        return out;
    }

    if (const QStringView category = text(row, Field::Category); !category.isEmpty()) {
        if (const Category *c = m_catalogue.lookup().category(category))
            t.categorySlug = c->slug;
        else
            m_messages->warning(&out.problems,
                                column(Field::Category),
                                where(row, Field::Category),
                                u"unknown category '" + category
                                    + u"'; the tool takes its product's category, if any");
    }
    t.annualCost = value(row, Field::AnnualCost, &out, Cents(0), [&](QStringView v) {
        return InventoryMoney::read(v, m_currency);
    });
    t.seats = value(row, Field::Seats, &out, -1, &InventoryValues::count);
    t.activeUsers = value(row, Field::ActiveUsers, &out, -1, &InventoryValues::count);
    t.owner = text(row, Field::Owner).toString();
    t.team = text(row, Field::Team).toString();
    for (const Field f : {Field::ContractStart, Field::ContractEnd}) {
        const int at = column(f);
        (f == Field::ContractStart ? t.contractStart : t.contractEnd)
            = value(row, f, &out, QDate(), [&](QStringView v) {
                  return InventoryDates::read(v, m_dates.order(at), m_dates.source(at));
              });
    }
    if (t.contractStart.isValid() && t.contractEnd.isValid() && t.contractEnd < t.contractStart)
        m_messages->warning(&out.problems,
                            column(Field::ContractEnd),
                            where(row, Field::ContractEnd),
                            u"the contract ends (" + t.contractEnd.toString(Qt::ISODate)
                                + u") before it starts (" + t.contractStart.toString(Qt::ISODate)
                                + u')');
    t.noticeDays = value(row, Field::NoticeDays, &out, -1, [&](QStringView v) {
        return InventoryValues::noticeDays(v, t.contractEnd);
    });
    t.autoRenew = value(row, Field::AutoRenew, &out, false, [](QStringView v) {
        return InventoryValues::yesNo(v);
    });
    t.status = value(row, Field::Status, &out, ToolStatus::Active, &InventoryValues::status);
    t.satisfaction = value(row, Field::Satisfaction, &out, 0, &InventoryValues::satisfaction);
    t.systemOfRecord = value(row, Field::SystemOfRecord, &out, false, [](QStringView v) {
        return InventoryValues::yesNo(v);
    });
    t.notes = text(row, Field::Notes).toString();
    match(row, &out);
    readCapabilities(row, &out);
    return out;
}

void InventoryRowReader::match(int row, InventoryRow *out) const
{
    if (const QStringView product = text(row, Field::Product); !product.isEmpty()) {
        if (product.compare(u"custom", Qt::CaseInsensitive) == 0) {
            out->match.kind = InventoryMatchKind::FromFile;
            return;
        }
        if (const Product *p = m_catalogue.product(product.toString())) {
            out->match.kind = InventoryMatchKind::FromFile;
            out->match.productSlug = p->slug;
            return;
        }
        m_messages->warning(&out->problems,
                            column(Field::Product),
                            where(row, Field::Product),
                            u"the catalogue has no product '" + product
                                + u"'; the tool is matched by its name");
    }
    out->match.candidates = m_catalogue.matcher().match(out->tool.name, out->tool.vendorName);
    switch (NameMatcher::outcome(out->match.candidates)) {
    case NameMatcher::Outcome::Accepted:
        out->match.kind = InventoryMatchKind::Accepted;
        out->match.productSlug = out->match.candidates.front().productSlug;
        break;
    case NameMatcher::Outcome::Suggested:
        out->match.kind = InventoryMatchKind::Suggested;
        break;
    case NameMatcher::Outcome::Unmatched:
        out->match.kind = InventoryMatchKind::Unmatched;
        break;
    }
}

void InventoryRowReader::readCapabilities(int row, InventoryRow *out) const
{
    const QStringView cell = text(row, Field::Capabilities);
    if (cell.isEmpty())
        return;
    out->capabilitiesGiven = true;
    if (cell.compare(u"none", Qt::CaseInsensitive) == 0)
        return;
    QString category = out->tool.categorySlug;
    if (const Product *p = m_catalogue.product(out->match.productSlug); p && category.isEmpty())
        category = p->categorySlug;
    const int at = column(Field::Capabilities);
    for (const QStringView text : InventoryCells::items(cell)) {
        const InventoryCapabilities::Item item = m_capabilities->item(text, category);
        if (!item.error.isEmpty()) {
            m_messages->error(
                &out->problems, at, where(row, Field::Capabilities, item.errorAt), item.error);
            continue;
        }
        auto &list = out->listedCapabilities;
        if (std::any_of(list.begin(), list.end(), [&](const ToolCapability &c) {
                return c.capabilitySlug == item.slug;
            })) {
            m_messages->warning(&out->problems,
                                at,
                                where(row, Field::Capabilities, text),
                                u"capability '" + item.slug
                                    + u"' is listed twice; the first is kept");
            continue;
        }
        list.push_back(ToolCapability{item.slug, item.strength});
    }
    std::sort(out->listedCapabilities.begin(),
              out->listedCapabilities.end(),
              [](const ToolCapability &a, const ToolCapability &b) {
                  return a.capabilitySlug < b.capabilitySlug;
              });
}

} // namespace sa
