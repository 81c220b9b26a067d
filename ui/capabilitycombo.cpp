#include "capabilitycombo.h"

#include "itemmodels/capabilitylistmodel.h"

#include <QCompleter>
#include <QLineEdit>

namespace sa {

CapabilityCombo::CapabilityCombo(CapabilityListModel *model, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(model);
    setModelColumn(CapabilityListModel::Name);
    setMaxVisibleItems(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    lineEdit()->setPlaceholderText(tr("Any capability"));

    auto *completer = new QCompleter(model, this);
    completer->setCompletionColumn(CapabilityListModel::Name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(14);
    setCompleter(completer);
    setCurrentIndex(-1);
    lineEdit()->setClearButtonEnabled(true); // after emptying, so it does not fade out

    connect(this, &QComboBox::currentIndexChanged, this, &CapabilityCombo::emitIfChanged);
    connect(lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        // A name typed in full picks the capability; an emptied box means any.
        const int typed = text.isEmpty() ? -1 : findText(text.trimmed(), Qt::MatchFixedString);
        if ((text.isEmpty() || typed >= 0) && typed != currentIndex())
            setCurrentIndex(typed);
        emitIfChanged();
    });
    connect(completer,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) {
                const CapabilityId id
                    = index.data(CapabilityListModel::CapabilityIdRole).toLongLong();
                setCurrentIndex(m_model->rowOf(id));
            });
}

CapabilityId CapabilityCombo::capabilityId() const
{
    const int row = currentIndex();
    if (row < 0 || row >= m_model->rowCount() || currentText() != itemText(row))
        return 0;
    return m_model->capability(row).id;
}

void CapabilityCombo::setCapabilityId(CapabilityId id)
{
    setCurrentIndex(id ? m_model->rowOf(id) : -1);
    if (id == 0)
        clearEditText();
    emitIfChanged();
}

void CapabilityCombo::emitIfChanged()
{
    const CapabilityId id = capabilityId();
    if (id == m_last)
        return;
    m_last = id;
    emit capabilityChanged(id);
}

} // namespace sa
