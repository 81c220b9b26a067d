#include "toolcapabilitieseditor.h"

#include "domain/slug.h"
#include "itemmodels/cataloguetext.h"
#include "theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sa {

ToolCapabilitiesEditor::ToolCapabilitiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_add(new QComboBox)
    , m_addButton(new QPushButton(actionIcon(QStringLiteral("add")), tr("Add")))
    , m_remove(new QPushButton(actionIcon(QStringLiteral("delete")), tr("Not Used")))
{
    auto *hint = new QLabel(tr("What the tool does, and how well: leading when it is what the "
                               "tool is known for, solid for a full feature, basic for an "
                               "add-on. Mark what your team does not use; add what it does "
                               "beyond its product."));
    hint->setProperty("hint", true);
    hint->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("toolCapabilities"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Capability"), tr("Strength"), tr("Where it comes from")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->resizeSection(1, 150);
    m_list->header()->resizeSection(2, 210);
    m_list->header()->setHighlightSections(false);

    m_add->setObjectName(QStringLiteral("addCapabilityCombo"));
    m_add->setEditable(true);
    m_add->setInsertPolicy(QComboBox::NoInsert);
    m_add->lineEdit()->setPlaceholderText(
        tr("Type a capability: one of the catalogue's, or a new one"));
    m_addButton->setObjectName(QStringLiteral("addCapabilityButton"));
    m_remove->setObjectName(QStringLiteral("removeCapabilityButton"));

    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(6);
    addRow->addWidget(m_add, 1);
    addRow->addWidget(m_addButton);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addCapability(m_add->currentText()))
            m_add->clearEditText();
    });
    connect(m_add->lineEdit(), &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &ToolCapabilitiesEditor::removeOrRestore);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ToolCapabilitiesEditor::updateButtons);
    updateButtons();
}

void ToolCapabilitiesEditor::setChoices(const std::vector<Capability> &choices,
                                        const QSet<QString> &known,
                                        const QSet<QString> &local)
{
    m_choices = choices;
    m_known = known;
    m_local = local;
    QStringList names;
    for (const Capability &c : choices)
        names << c.name;
    names.sort(Qt::CaseInsensitive);
    m_add->clear();
    m_add->addItems(names);
    m_add->setCurrentIndex(-1);
    auto *completer = new QCompleter(names, m_add);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_add->setCompleter(completer);
}

void ToolCapabilitiesEditor::setTool(const Tool &tool, const Product *product)
{
    m_custom = product == nullptr;
    m_rows.clear();
    const auto nameOf = [this](const QString &slug) {
        for (const Capability &c : m_choices) {
            if (c.slug == slug)
                return c.name;
        }
        return slug;
    };
    if (product) {
        for (const ProductCapability &pc : product->capabilities)
            m_rows.push_back(
                {pc.capabilitySlug,
                 pc.capabilityName.isEmpty() ? nameOf(pc.capabilitySlug) : pc.capabilityName,
                 pc.strength,
                 pc.strength,
                 false});
    }
    for (const ToolCapability &c : tool.capabilities) {
        auto row = std::find_if(
            m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.slug == c.capabilitySlug; });
        if (row != m_rows.end())
            row->strength = c.strength;
        else if (c.strength > 0)
            m_rows.push_back({c.capabilitySlug, nameOf(c.capabilitySlug), 0, c.strength, false});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    rebuild(-1);
}

QString ToolCapabilitiesEditor::note(const Row &row) const
{
    if (row.local)
        return tr("New, local to this workspace");
    const bool ours = m_local.contains(row.slug);
    if (m_custom)
        return ours ? tr("Local to this workspace") : tr("A catalogue capability");
    if (row.productStrength == 0)
        return tr("Added to the product's");
    if (row.strength == 0)
        return tr("Not used (the product has it)");
    if (row.strength != row.productStrength)
        return tr("Product: %1").arg(strengthLabel(row.productStrength));
    return tr("From the product");
}

void ToolCapabilitiesEditor::rebuild(int select)
{
    m_list->clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        auto *item = new QTreeWidgetItem(m_list, {row.name, QString(), note(row)});
        item->setSizeHint(0, QSize(0, 34));
        item->setForeground(2, QColor(0x64, 0x74, 0x8b));
        if (row.strength == 0) {
            QFont struck = item->font(0);
            struck.setStrikeOut(true);
            item->setFont(0, struck);
            item->setForeground(0, QColor(0x94, 0xa3, 0xb8));
        }
        auto *strength = new QComboBox;
        for (int s : {3, 2, 1})
            strength->addItem(strengthLabel(s), s);
        if (row.productStrength > 0)
            strength->addItem(tr("Not used"), 0);
        strength->setCurrentIndex(strength->findData(row.strength));
        connect(strength, &QComboBox::currentIndexChanged, this, [this, i, strength] {
            m_rows[i].strength = strength->currentData().toInt();
            QTreeWidgetItem *changed = m_list->topLevelItem(int(i));
            changed->setText(2, note(m_rows[i]));
            QFont font = changed->font(0);
            font.setStrikeOut(m_rows[i].strength == 0);
            changed->setFont(0, font);
            updateButtons();
            emit edited();
        });
        auto *cell = new QWidget;
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(4, 2, 4, 2);
        cellLayout->addWidget(strength);
        m_list->setItemWidget(item, 1, cell);
    }
    if (select >= 0 && select < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(select));
    updateButtons();
}

const Capability *ToolCapabilitiesEditor::choiceNamed(const QString &name) const
{
    for (const Capability &c : m_choices) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0
            || c.aliases.contains(name, Qt::CaseInsensitive))
            return &c;
    }
    return nullptr;
}

bool ToolCapabilitiesEditor::addCapability(const QString &typed)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return false;
    const Capability *known = choiceNamed(name);
    const QString slug = known ? known->slug : slugify(name);
    if (slug.isEmpty())
        return false;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].slug == slug) {
            if (m_rows[i].strength == 0)
                m_rows[i].strength = m_rows[i].productStrength;
            rebuild(int(i));
            emit edited();
            return true;
        }
    }
    m_rows.push_back({slug, known ? known->name : name, 0, 2, !known});
    rebuild(int(m_rows.size()) - 1);
    emit edited();
    return true;
}

void ToolCapabilitiesEditor::removeOrRestore()
{
    const int i = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (i < 0)
        return;
    Row &row = m_rows[size_t(i)];
    if (row.productStrength == 0) {
        m_rows.erase(m_rows.begin() + i);
        rebuild(std::min(i, int(m_rows.size()) - 1));
    } else {
        row.strength = row.strength == 0 ? row.productStrength : 0;
        rebuild(i);
    }
    emit edited();
}

void ToolCapabilitiesEditor::updateButtons()
{
    const int i = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_remove->setEnabled(i >= 0);
    const bool restore = i >= 0 && m_rows[size_t(i)].strength == 0;
    const bool fromProduct = i >= 0 && m_rows[size_t(i)].productStrength > 0;
    m_remove->setText(restore ? tr("Restore") : fromProduct ? tr("Not Used") : tr("Remove"));
}

std::vector<ToolCapability> ToolCapabilitiesEditor::capabilities() const
{
    if (m_custom)
        return effective();
    std::vector<ToolCapability> out;
    for (const Row &row : m_rows) {
        if (row.strength != row.productStrength)
            out.push_back({row.slug, row.strength});
    }
    std::sort(out.begin(), out.end(), [](const ToolCapability &a, const ToolCapability &b) {
        return a.capabilitySlug < b.capabilitySlug;
    });
    return out;
}

std::vector<ToolCapability> ToolCapabilitiesEditor::effective() const
{
    std::vector<ToolCapability> out;
    for (const Row &row : m_rows) {
        if (row.strength > 0)
            out.push_back({row.slug, row.strength});
    }
    std::sort(out.begin(), out.end(), [](const ToolCapability &a, const ToolCapability &b) {
        return a.capabilitySlug < b.capabilitySlug;
    });
    return out;
}

std::vector<Capability> ToolCapabilitiesEditor::newCapabilities() const
{
    std::vector<Capability> out;
    for (const Row &row : m_rows) {
        if (row.strength == 0 || m_known.contains(row.slug))
            continue;
        const auto choice = std::find_if(m_choices.begin(),
                                         m_choices.end(),
                                         [&](const Capability &c) { return c.slug == row.slug; });
        Capability c;
        if (choice != m_choices.end()) {
            c = *choice;
            c.id = 0;
            c.categoryId = 0;
            c.origin = Origin::Shipped; // a copy of the catalogue's
        } else {
            c.slug = row.slug;
            c.name = row.name;
            c.origin = Origin::User;
        }
        out.push_back(c);
    }
    return out;
}

int ToolCapabilitiesEditor::effectiveCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.strength > 0; }));
}

} // namespace sa
