#include "inventorycelltext.h"

#include "inventorymodel.h"
#include "inventorytext.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <cmath>
#include <iterator>

namespace sa {

namespace {

const QColor mutedText(0x94, 0xa3, 0xb8);
const QColor warningText(0xb4, 0x53, 0x09);
const QColor lowUseText(0xb4, 0x23, 0x18);

} // namespace

bool InventoryCellText::isNumeric(int column)
{
    return column == InventoryModel::AnnualCost || column == InventoryModel::Seats
           || column == InventoryModel::ActiveUsers || column == InventoryModel::Utilization;
}

QVariant InventoryCellText::group(
    const QString &slug, const QString &name, const InventoryTotals &t, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case InventoryModel::Name:
            return name;
        case InventoryModel::Product:
            return toolCountLabel(t.tools);
        case InventoryModel::AnnualCost:
            return formatMoney(t.annualCost, currency);
        case InventoryModel::Seats:
            return t.seats > 0 ? inventoryCount(t.seats) : QString();
        case InventoryModel::ActiveUsers:
            return t.activeUsers > 0 ? inventoryCount(t.activeUsers) : QString();
        default:
            return QVariant();
        }
    case InventoryModel::UnderlyingDataRole:
        switch (column) {
        case InventoryModel::Name:
            return name;
        case InventoryModel::Product:
            return t.tools;
        case InventoryModel::AnnualCost:
            return t.annualCost;
        case InventoryModel::Seats:
            return t.seats;
        case InventoryModel::ActiveUsers:
            return t.activeUsers;
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (t.retired > 0)
            return QCoreApplication::translate(
                       "sa::InventoryModel",
                       "%1, %2 retired: retired tools are not counted in the sums.")
                .arg(toolCountLabel(t.tools))
                .arg(t.retired);
        return QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return rowData(role, column, true, 0, false, slug);
    }
}

QVariant InventoryCellText::tool(const Tool &tool, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(tool, column);
    case Qt::EditRole:
        if (column == InventoryModel::AnnualCost || column == InventoryModel::Seats
            || column == InventoryModel::ActiveUsers || column == InventoryModel::ContractEnd
            || column == InventoryModel::Status)
            return raw(tool, column);
        return display(tool, column);
    case InventoryModel::UnderlyingDataRole:
        return raw(tool, column);
    case Qt::ToolTipRole:
        return toolTip(tool, column);
    case Qt::ForegroundRole: {
        if (!tool.isActive())
            return mutedText;
        if (column == InventoryModel::Utilization && tool.utilization() < 0.5)
            return lowUseText; // shelfware: under half the seats in use
        const QDate deadline = tool.noticeDeadline();
        const QDate today = QDate::currentDate();
        if (column == InventoryModel::NoticeDeadline && deadline.isValid()) {
            if (deadline < today && tool.contractEnd >= today)
                return lowUseText; // too late to give notice: the contract runs on
            if (deadline >= today && deadline <= today.addDays(90))
                return warningText;
        }
        return QVariant();
    }
    default:
        return rowData(role, column, false, tool.id, tool.systemOfRecord, tool.categorySlug);
    }
}

QVariant InventoryCellText::rowData(
    int role, int column, bool group, ToolId id, bool hub, const QString &slug)
{
    switch (role) {
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case InventoryModel::IsGroupRole:
        return group;
    case InventoryModel::ToolIdRole:
        return qint64(id);
    case InventoryModel::SystemOfRecordRole:
        return hub;
    case InventoryModel::CategorySlugRole:
        return slug;
    default:
        return QVariant();
    }
}

QString InventoryCellText::productText(const Tool &tool) const
{
    if (tool.isCustom())
        return tool.vendorName.isEmpty()
                   ? QCoreApplication::translate("sa::InventoryModel", "Custom tool")
                   : tool.vendorName;
    const ProductLabel label = products.value(tool.productSlug);
    const QString product = label.name.isEmpty() ? tool.productSlug : label.name;
    const QString vendor = tool.vendorName.isEmpty() ? label.vendor : tool.vendorName;
    // "Gong", not "Gong · Gong"; "Docusign eSignature", not "... · Docusign".
    if (vendor.isEmpty() || product.startsWith(vendor, Qt::CaseInsensitive))
        return product;
    return product + u" · " + vendor;
}

QVariant InventoryCellText::display(const Tool &tool, int column) const
{
    switch (column) {
    case InventoryModel::AnnualCost:
        return formatMoney(tool.annualCost, currency);
    case InventoryModel::Seats:
        return inventoryCount(tool.seats);
    case InventoryModel::ActiveUsers:
        return inventoryCount(tool.activeUsers);
    case InventoryModel::Utilization:
        return utilizationLabel(tool.utilization());
    case InventoryModel::ContractEnd:
        return inventoryDate(tool.contractEnd);
    case InventoryModel::NoticeDeadline:
        return inventoryDate(tool.noticeDeadline());
    case InventoryModel::Status:
        return toolStatusLabel(tool.status);
    default: // text shows as it is
        return raw(tool, column);
    }
}

QVariant InventoryCellText::raw(const Tool &tool, int column) const
{
    switch (column) {
    case InventoryModel::Name:
        return tool.name;
    case InventoryModel::Product:
        return productText(tool);
    case InventoryModel::AnnualCost:
        return qint64(tool.annualCost);
    case InventoryModel::Seats:
        return tool.seats;
    case InventoryModel::ActiveUsers:
        return tool.activeUsers;
    case InventoryModel::Utilization: {
        const double u = tool.utilization();
        return std::isnan(u) ? -1.0 : u;
    }
    case InventoryModel::Owner:
        return tool.owner;
    case InventoryModel::Team:
        return tool.team;
    case InventoryModel::ContractEnd:
        return tool.contractEnd;
    case InventoryModel::NoticeDeadline:
        return tool.noticeDeadline();
    case InventoryModel::Status:
        return int(tool.status);
    default:
        return QVariant();
    }
}

QVariant InventoryCellText::toolTip(const Tool &tool, int column) const
{
    switch (column) {
    case InventoryModel::Name: {
        QStringList lines;
        if (tool.systemOfRecord)
            lines << QCoreApplication::translate(
                "sa::InventoryModel", "System of record: a hub of the integration graph.");
        if (!tool.notes.isEmpty())
            lines << tool.notes;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case InventoryModel::Product:
        if (tool.isCustom())
            return QCoreApplication::translate("sa::InventoryModel",
                                               "A custom tool: not a product of the catalogue.");
        return QCoreApplication::translate("sa::InventoryModel", "The catalogue's “%1”.")
            .arg(products.value(tool.productSlug).name);
    case InventoryModel::Utilization:
        if (std::isnan(tool.utilization()))
            return QCoreApplication::translate("sa::InventoryModel",
                                               "Needs both seats and active users.");
        return QCoreApplication::translate("sa::InventoryModel", "%1 of %2 seats in use.")
            .arg(inventoryCount(tool.activeUsers), inventoryCount(tool.seats));
    case InventoryModel::NoticeDeadline:
        if (!tool.noticeDeadline().isValid())
            return QCoreApplication::translate("sa::InventoryModel",
                                               "Needs the contract end and the notice period.");
        if (tool.noticeDeadline() < QDate::currentDate()
            && tool.contractEnd >= QDate::currentDate())
            return QCoreApplication::translate(
                       "sa::InventoryModel",
                       "The notice deadline, %1, has passed: %2 days before the contract "
                       "ends on %3. Unless notice was given, it renews.")
                .arg(inventoryDate(tool.noticeDeadline()))
                .arg(tool.noticeDays)
                .arg(inventoryDate(tool.contractEnd));
        return QCoreApplication::translate(
                   "sa::InventoryModel",
                   "Give notice by %1: %2 days before the contract ends on %3.")
            .arg(inventoryDate(tool.noticeDeadline()))
            .arg(tool.noticeDays)
            .arg(inventoryDate(tool.contractEnd));
    default:
        return QVariant();
    }
}

QVariant InventoryCellText::header(int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Tool"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Product / vendor"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Annual cost"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Seats"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Active users"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Utilization"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Owner"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Team"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Contract end"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Notice deadline"),
        QT_TRANSLATE_NOOP("sa::InventoryModel", "Status"),
    };
    static_assert(std::size(titles) == InventoryModel::ColumnCount);
    if (section < 0 || section >= InventoryModel::ColumnCount)
        return QVariant();
    return QCoreApplication::translate("sa::InventoryModel", titles[section]);
}

} // namespace sa
