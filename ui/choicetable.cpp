#include "choicetable.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>

#include <set>

namespace sa {

namespace {

// A little air around the combo, so that rows read as form fields rather than a grid.
QWidget *framed(QComboBox *combo)
{
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->addWidget(combo);
    cell->setFocusProxy(combo);
    return cell;
}

} // namespace

QComboBox *ChoiceTable::comboAt(int row, int column) const
{
    QWidget *cell = cellWidget(row, column);
    return cell ? cell->findChild<QComboBox *>() : nullptr;
}

ChoiceTable::ChoiceTable(QWidget *parent)
    : QTableWidget(parent)
    , m_choiceModel(new QStandardItemModel(this))
{
    setColumnCount(2);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(38);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(1, 150);
    horizontalHeader()->setHighlightSections(false);
}

void ChoiceTable::setup(const QString &noun,
                        const QStringList &headers,
                        const std::vector<Choice> &choices,
                        const QList<std::pair<QString, int>> &options)
{
    m_noun = noun;
    m_choices = choices;
    m_options = options;
    setHorizontalHeaderLabels(headers);
    m_choiceModel->clear();
    for (const Choice &c : choices) {
        auto *item = new QStandardItem(c.name);
        item->setData(c.id);
        m_choiceModel->appendRow(item);
    }
}

void ChoiceTable::addRow(qint64 id, int option)
{
    const int row = rowCount();
    insertRow(row);

    auto *choice = new QComboBox;
    choice->setEditable(true);
    choice->setInsertPolicy(QComboBox::NoInsert);
    choice->setModel(m_choiceModel);
    choice->setMaxVisibleItems(16);
    choice->lineEdit()->setPlaceholderText(tr("Type to search"));
    auto *completer = new QCompleter(m_choiceModel, choice);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    choice->setCompleter(completer);
    choice->setCurrentIndex(id ? choice->findData(id, Qt::UserRole + 1) : -1);
    connect(choice, &QComboBox::currentTextChanged, this, &ChoiceTable::edited);
    setCellWidget(row, 0, framed(choice));

    auto *optionBox = new QComboBox;
    for (const auto &[label, value] : std::as_const(m_options))
        optionBox->addItem(label, value);
    const int optionIndex = optionBox->findData(option);
    optionBox->setCurrentIndex(optionIndex >= 0 ? optionIndex : 0);
    connect(optionBox, &QComboBox::currentIndexChanged, this, &ChoiceTable::edited);
    setCellWidget(row, 1, framed(optionBox));

    setCurrentCell(row, 0);
    emit edited();
}

void ChoiceTable::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeRow(row);
    emit edited();
}

void ChoiceTable::setRows(const std::vector<Row> &rows)
{
    setRowCount(0);
    for (const Row &r : rows)
        addRow(r.id, r.option);
    setCurrentCell(-1, -1);
}

std::vector<ChoiceTable::Row> ChoiceTable::rows() const
{
    std::vector<Row> result;
    for (int row = 0; row < rowCount(); ++row) {
        const QComboBox *choice = comboAt(row, 0);
        const QComboBox *option = comboAt(row, 1);
        if (!choice || !option)
            continue;
        const QString text = choice->currentText().trimmed();
        const Choice *known = choiceNamed(text);
        result.push_back({known ? known->id : 0,
                          known ? known->name : text,
                          known ? known->slug : QString(),
                          option->currentData().toInt()});
    }
    return result;
}

const ChoiceTable::Choice *ChoiceTable::choiceNamed(const QString &text) const
{
    for (const Choice &c : m_choices) {
        if (c.name.compare(text, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QStringList ChoiceTable::problems() const
{
    QStringList problems;
    std::set<qint64> seen;
    const std::vector<Row> all = rows();
    for (size_t i = 0; i < all.size(); ++i) {
        const Row &r = all[i];
        if (r.text.isEmpty())
            problems << tr("Row %1: pick a %2 or remove the row.").arg(i + 1).arg(m_noun);
        else if (r.id == 0)
            problems << (m_unknownMessage.isEmpty()
                             ? tr("“%1” is not a %2 in the catalogue.").arg(r.text, m_noun)
                             : m_unknownMessage.arg(r.text));
        else if (!seen.insert(r.id).second)
            problems << tr("“%1” is listed twice.").arg(r.text);
    }
    return problems;
}

} // namespace sa
