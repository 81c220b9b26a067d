#pragma once

#include <QStyledItemDelegate>

namespace sa {

// Edits a cell by picking one of a few choices in a combo box: the model gives the
// choices (a QStringList under choicesRole) and the current choice as the EditRole index,
// and takes the picked index back through setData(EditRole). A pick from the list is
// committed at once, so persistent editors (the wizard's column mapping) act like plain
// combo boxes; stepping with the arrow keys or the wheel commits on Enter, Tab or leaving
// the cell, so that passing over a choice does not apply it. The editors are named
// prefix + row, for tests and accessibility.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(int choicesRole, const QString &editorPrefix, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_choicesRole;
    QString m_prefix;
};

} // namespace sa
