#include "workspacetooltable.h"

#include "sqlsupport.h"
#include "workspaceschema.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace sa {

namespace {

// Column positions of the tool SELECTs below.
enum ToolColumn {
    Id,
    Name,
    ProductSlug,
    VendorName,
    CategorySlug,
    AnnualCost,
    Seats,
    ActiveUsers,
    Owner,
    Team,
    ContractStart,
    ContractEnd,
    NoticeDays,
    AutoRenew,
    Satisfaction,
    StatusText,
    SystemOfRecord,
    Notes,
};

Tool toolFromRow(const QSqlQuery &q)
{
    Tool t;
    t.id = q.value(Id).toLongLong();
    t.name = q.value(Name).toString();
    t.productSlug = q.value(ProductSlug).toString();
    t.vendorName = q.value(VendorName).toString();
    t.categorySlug = q.value(CategorySlug).toString();
    t.annualCost = q.value(AnnualCost).toLongLong();
    t.seats = q.value(Seats).toInt();
    t.activeUsers = q.value(ActiveUsers).toInt();
    t.owner = q.value(Owner).toString();
    t.team = q.value(Team).toString();
    t.contractStart = WorkspaceSchema::dateFrom(q.value(ContractStart));
    t.contractEnd = WorkspaceSchema::dateFrom(q.value(ContractEnd));
    t.noticeDays = q.value(NoticeDays).toInt();
    t.autoRenew = q.value(AutoRenew).toInt() != 0;
    t.satisfaction = q.value(Satisfaction).toInt();
    parseToolStatus(q.value(StatusText).toString(), &t.status);
    t.systemOfRecord = q.value(SystemOfRecord).toInt() != 0;
    t.notes = q.value(Notes).toString();
    return t;
}

QString described(const Tool &tool)
{
    return u"the tool '" + tool.name + u"'";
}

} // namespace

Error noSuchTool(ToolId id)
{
    return Error::badInput(u"there is no tool with the id " + QString::number(id));
}

WorkspaceToolTable::WorkspaceToolTable(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<std::vector<Tool>> WorkspaceToolTable::all() const
{
    return read(0);
}

Expected<std::vector<Tool>> WorkspaceToolTable::withId(ToolId id) const
{
    if (id <= 0)
        return std::vector<Tool>();
    return read(id);
}

Expected<bool> WorkspaceToolTable::exists(ToolId id) const
{
    QSqlQuery q = preparedQuery(m_db, QStringLiteral("SELECT 1 FROM tool WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot read the tools")); !s)
        return s.error();
    return q.next();
}

Expected<std::vector<Tool>> WorkspaceToolTable::read(ToolId only) const
{
    QSqlQuery q = preparedQuery(
        m_db,
        only > 0 ? QStringLiteral(
            "SELECT id, name, coalesce(product_slug, ''), vendor_name, category_slug,"
            " annual_cost, seats, active_users, owner, team, contract_start, contract_end,"
            " notice_days, auto_renew, satisfaction, status, system_of_record, notes"
            " FROM tool WHERE id = :id")
                 : QStringLiteral(
                     "SELECT id, name, coalesce(product_slug, ''), vendor_name, category_slug,"
                     " annual_cost, seats, active_users, owner, team, contract_start, contract_end,"
                     " notice_days, auto_renew, satisfaction, status, system_of_record, notes"
                     " FROM tool"));
    QSqlQuery caps = preparedQuery(
        m_db,
        only > 0 ? QStringLiteral("SELECT tool_id, capability_slug, strength FROM tool_capability"
                                  " WHERE tool_id = :id ORDER BY position")
                 : QStringLiteral("SELECT tool_id, capability_slug, strength FROM tool_capability"
                                  " ORDER BY tool_id, position"));
    if (only > 0) {
        q.bindValue(QStringLiteral(":id"), only);
        caps.bindValue(QStringLiteral(":id"), only);
    }
    if (Status s = execute(q, QStringLiteral("cannot read the tools")); !s)
        return s.error();
    std::vector<Tool> tools;
    std::map<ToolId, size_t> index;
    while (q.next()) {
        tools.push_back(toolFromRow(q));
        index[tools.back().id] = tools.size() - 1;
    }
    if (Status s = execute(caps, QStringLiteral("cannot read the tools' capabilities")); !s)
        return s.error();
    while (caps.next()) {
        const auto it = index.find(caps.value(0).toLongLong());
        if (it != index.end())
            tools[it->second].capabilities.push_back(
                ToolCapability{caps.value(1).toString(), caps.value(2).toInt()});
    }
    std::stable_sort(tools.begin(), tools.end(), [](const Tool &a, const Tool &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return tools;
}

Status WorkspaceToolTable::validate(const Tool &tool) const
{
    if (tool.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a tool needs a name"));
    const QString what = described(tool);
    if (tool.annualCost < 0)
        return Error::badInput(what + u": the annual cost cannot be negative");
    if (tool.seats < -1 || tool.activeUsers < -1 || tool.noticeDays < -1)
        return Error::badInput(what + u": seats, active users and notice days cannot be negative");
    if (tool.satisfaction < 0 || tool.satisfaction > 5)
        return Error::badInput(what + u": satisfaction is 1 to 5, or 0 when not rated");
    QSet<QString> seen;
    for (const ToolCapability &c : tool.capabilities) {
        if (c.capabilitySlug.isEmpty())
            return Error::badInput(what + u": a capability without a slug");
        if (c.strength < 0 || c.strength > 3)
            return Error::badInput(what + u": the strength of '" + c.capabilitySlug
                                   + u"' must be 0 (not covered) to 3 (leading)");
        if (seen.contains(c.capabilitySlug))
            return Error::badInput(what + u": the capability '" + c.capabilitySlug
                                   + u"' is listed twice");
        seen.insert(c.capabilitySlug);
    }
    if (tool.isCustom())
        return success();
    QSqlQuery q = preparedQuery(m_db, QStringLiteral("SELECT 1 FROM product WHERE slug = :slug"));
    q.bindValue(QStringLiteral(":slug"), tool.productSlug);
    if (Status s = execute(q, QStringLiteral("cannot read the product snapshots")); !s)
        return s;
    if (!q.next())
        return Error::badInput(what + u": the workspace has no snapshot of the product '"
                               + tool.productSlug + u"'");
    return success();
}

void WorkspaceToolTable::bindRow(QSqlQuery &q, const Tool &t) const
{
    q.bindValue(QStringLiteral(":name"), t.name.trimmed());
    q.bindValue(QStringLiteral(":product"),
                t.isCustom() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.productSlug));
    q.bindValue(QStringLiteral(":vendor"), textValue(t.vendorName));
    q.bindValue(QStringLiteral(":category"), textValue(t.categorySlug));
    q.bindValue(QStringLiteral(":cost"), t.annualCost);
    q.bindValue(QStringLiteral(":seats"), t.seats);
    q.bindValue(QStringLiteral(":users"), t.activeUsers);
    q.bindValue(QStringLiteral(":owner"), textValue(t.owner));
    q.bindValue(QStringLiteral(":team"), textValue(t.team));
    q.bindValue(QStringLiteral(":start"), WorkspaceSchema::dateValue(t.contractStart));
    q.bindValue(QStringLiteral(":end"), WorkspaceSchema::dateValue(t.contractEnd));
    q.bindValue(QStringLiteral(":notice"), t.noticeDays);
    q.bindValue(QStringLiteral(":renew"), t.autoRenew ? 1 : 0);
    q.bindValue(QStringLiteral(":satisfaction"), t.satisfaction);
    q.bindValue(QStringLiteral(":status"), toolStatusName(t.status));
    q.bindValue(QStringLiteral(":sor"), t.systemOfRecord ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), textValue(t.notes));
}

Expected<ToolId> WorkspaceToolTable::insert(const Tool &tool)
{
    if (Status s = validate(tool); !s)
        return s.error();
    if (tool.id > 0) {
        const Expected<bool> taken = exists(tool.id);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::badInput(u"a tool with the id " + QString::number(tool.id)
                                   + u" already exists");
    }
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO tool (id, name, product_slug, vendor_name, category_slug, annual_cost,"
            " seats, active_users, owner, team, contract_start, contract_end, notice_days,"
            " auto_renew, satisfaction, status, system_of_record, notes)"
            " VALUES (:id, :name, :product, :vendor, :category, :cost, :seats, :users, :owner,"
            " :team, :start, :end, :notice, :renew, :satisfaction, :status, :sor, :notes)"));
    bindRow(q, tool);
    q.bindValue(QStringLiteral(":id"), nullableId(tool.id));
    if (Status s = execute(q, u"cannot add " + described(tool)); !s)
        return s.error();
    const ToolId id = q.lastInsertId().toLongLong();
    if (Status s = writeCapabilities(id, tool.capabilities); !s)
        return s.error();
    return id;
}

Status WorkspaceToolTable::update(const Tool &tool)
{
    if (Status s = validate(tool); !s)
        return s;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "UPDATE tool SET name = :name, product_slug = :product, vendor_name = :vendor,"
            " category_slug = :category, annual_cost = :cost, seats = :seats,"
            " active_users = :users, owner = :owner, team = :team, contract_start = :start,"
            " contract_end = :end, notice_days = :notice, auto_renew = :renew,"
            " satisfaction = :satisfaction, status = :status, system_of_record = :sor,"
            " notes = :notes WHERE id = :id"));
    bindRow(q, tool);
    q.bindValue(QStringLiteral(":id"), tool.id);
    if (Status s = execute(q, u"cannot change " + described(tool)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return noSuchTool(tool.id);
    QSqlQuery clear
        = preparedQuery(m_db, QStringLiteral("DELETE FROM tool_capability WHERE tool_id = :id"));
    clear.bindValue(QStringLiteral(":id"), tool.id);
    if (Status s = execute(clear, u"cannot change " + described(tool)); !s)
        return s;
    return writeCapabilities(tool.id, tool.capabilities);
}

Status WorkspaceToolTable::remove(ToolId id)
{
    QSqlQuery q = preparedQuery(m_db, QStringLiteral("DELETE FROM tool WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot remove the tool")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return noSuchTool(id);
    return success();
}

Status WorkspaceToolTable::writeCapabilities(ToolId id,
                                             const std::vector<ToolCapability> &capabilities)
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO tool_capability (tool_id, position, capability_slug, strength)"
                       " VALUES (:tool, :position, :slug, :strength)"));
    for (size_t i = 0; i < capabilities.size(); ++i) {
        q.bindValue(QStringLiteral(":tool"), id);
        q.bindValue(QStringLiteral(":position"), qint64(i));
        q.bindValue(QStringLiteral(":slug"), capabilities[i].capabilitySlug);
        q.bindValue(QStringLiteral(":strength"), capabilities[i].strength);
        if (Status s = execute(q, QStringLiteral("cannot write the tool's capabilities")); !s)
            return s;
    }
    return success();
}

} // namespace sa
