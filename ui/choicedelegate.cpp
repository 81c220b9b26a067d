#include "choicedelegate.h"

#include <QComboBox>
#include <QKeyEvent>

namespace sa {

ChoiceDelegate::ChoiceDelegate(int choicesRole, const QString &editorPrefix, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
    , m_prefix(editorPrefix)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(m_prefix + QString::number(index.row()));
    combo->addItems(index.data(m_choicesRole).toStringList());
    combo->setMaxVisibleItems(20);
    combo->setFocusPolicy(Qt::StrongFocus);
    auto *self = const_cast<ChoiceDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        if (combo->property("stepping").toBool())
            combo->setProperty("stepping", false); // committed on Enter or focus out
        else
            emit self->commitData(combo);
    });
    return combo;
}

bool ChoiceDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // With the list open, keys go to the list: a key the combo gets comes while it is closed.
    auto *combo = qobject_cast<QComboBox *>(watched);
    if (combo) {
        bool stepping = event->type() == QEvent::Wheel;
        if (event->type() == QEvent::KeyPress) {
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                // Taken here: a closed combo would pass Enter on to the dialog's default
                // button (the wizard's Next).
                emit commitData(combo);
                emit closeEditor(combo);
                return true;
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
            case Qt::Key_Home:
            case Qt::Key_End:
                stepping = true;
                break;
            default:
                break;
            }
        }
        if (stepping)
            combo->setProperty("stepping", true);
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int choice = index.data(Qt::EditRole).toInt();
    if (combo->currentIndex() != choice)
        combo->setCurrentIndex(choice);
}

void ChoiceDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentIndex(), Qt::EditRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor,
                                          const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(2, 2, -2, -2));
}

} // namespace sa
