#include "editconflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sa {

namespace {

// The fields a person edits in the product dialog, as text to compare.
std::vector<std::pair<QString, QString>> fieldsOf(const Product &p)
{
    QStringList capabilities;
    for (const ProductCapability &c : p.capabilities)
        capabilities << (c.capabilityName.isEmpty() ? c.capabilitySlug : c.capabilityName) + u" ("
                            + strengthName(c.strength) + u')';
    QStringList integrations;
    for (const ProductIntegration &i : p.integrations)
        integrations << (i.otherName.isEmpty() ? i.otherSlug : i.otherName);
    const QString price = p.price.isKnown()
                              ? QString::number(p.price.low) + u"–" + QString::number(p.price.high)
                                    + u' ' + p.price.currency
                              : QString();
    return {{EditConflictDialog::tr("Name"), p.name},
            {EditConflictDialog::tr("Vendor"), p.vendorName},
            {EditConflictDialog::tr("Category"), p.categorySlug},
            {EditConflictDialog::tr("Description"), p.description},
            {EditConflictDialog::tr("Segments"), p.segments.join(u", ")},
            {EditConflictDialog::tr("Deployment"), p.deployment},
            {EditConflictDialog::tr("Pricing model"), p.pricingModel},
            {EditConflictDialog::tr("Price"), price},
            {EditConflictDialog::tr("Aliases"), p.aliases.join(u", ")},
            {EditConflictDialog::tr("Capabilities"), capabilities.join(u", ")},
            {EditConflictDialog::tr("Integrations"), integrations.join(u", ")}};
}

// The fields a person edits in the capability dialog.
std::vector<std::pair<QString, QString>> fieldsOf(const Capability &c)
{
    return {{EditConflictDialog::tr("Name"), c.name},
            {EditConflictDialog::tr("Subcategory"), c.categorySlug},
            {EditConflictDialog::tr("Description"), c.description},
            {EditConflictDialog::tr("Aliases"), c.aliases.join(u", ")}};
}

template<typename Row>
ConflictSides sides(const RowConflict<Row> &conflict, const QString &kind)
{
    ConflictSides result{kind,
                         conflict.mine.name,
                         fieldsOf(conflict.mine),
                         {},
                         conflict.mineVersion,
                         conflict.theirsVersion,
                         conflict.theirs.has_value()};
    if (conflict.theirs)
        result.theirs = fieldsOf(*conflict.theirs);
    return result;
}

} // namespace

ConflictSides EditConflictDialog::sidesOf(const EditConflict &conflict)
{
    return sides(conflict, tr("product"));
}

ConflictSides EditConflictDialog::sidesOf(const CapabilityConflict &conflict)
{
    return sides(conflict, tr("capability"));
}

EditConflictDialog::EditConflictDialog(const EditConflict &conflict, QWidget *parent)
    : EditConflictDialog(sidesOf(conflict), parent)
{
}

EditConflictDialog::EditConflictDialog(const CapabilityConflict &conflict, QWidget *parent)
    : EditConflictDialog(sidesOf(conflict), parent)
{
}

Status EditConflictDialog::saveResolving(QWidget *parent,
                                         qint64 *version,
                                         const std::function<Attempt(qint64)> &save,
                                         bool *keptTheirs)
{
    *keptTheirs = false;
    for (;;) {
        const Attempt done = save(*version);
        if (!done.conflict)
            return done.status;
        EditConflictDialog choose(*done.conflict, parent);
        const int choice = choose.exec();
        if (choice == KeepMine) {
            *version = done.conflict->theirsVersion; // written over theirs on the next turn
            continue;
        }
        if (choice == KeepTheirs) {
            *keptTheirs = true;
            return success();
        }
        return done.status;
    }
}

EditConflictDialog::EditConflictDialog(const ConflictSides &conflict, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("editConflictDialog"));
    setWindowTitle(tr("Someone Else Changed “%1”").arg(conflict.name));
    auto *text = new QLabel(
        conflict.theirsExists
            ? tr("While you edited this %1, someone else saved it. Choose the version to "
                 "keep; the fields that differ are in bold.")
                  .arg(conflict.kind)
            : tr("While you edited this %1, someone else deleted it.").arg(conflict.kind),
        this);
    text->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("editConflictTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fill(conflict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *mine = buttons->addButton(tr("Keep &My Version"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    mine->setEnabled(conflict.theirsExists);
    QPushButton *theirs = buttons->addButton(conflict.theirsExists ? tr("Keep &Their Version")
                                                                   : tr("&Discard My Edit"),
                                             QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    connect(mine, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this] { done(KeepTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

void EditConflictDialog::fill(const ConflictSides &conflict)
{
    const auto &mine = conflict.mine;
    const auto &theirs = conflict.theirs;
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Yours (on version %1)").arg(conflict.mineVersion),
                                        conflict.theirsExists
                                            ? tr("Theirs (version %1)").arg(conflict.theirsVersion)
                                            : tr("Theirs (deleted)")});
    m_table->setRowCount(int(mine.size()));
    for (int row = 0; row < int(mine.size()); ++row) {
        const QString their = theirs.empty() ? QString() : theirs[size_t(row)].second;
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(mine[size_t(row)].first));
        auto *a = new QTableWidgetItem(mine[size_t(row)].second);
        auto *b = new QTableWidgetItem(their);
        if (mine[size_t(row)].second != their) {
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            b->setFont(bold);
        }
        m_table->setItem(row, 0, a);
        m_table->setItem(row, 1, b);
    }
}

} // namespace sa
