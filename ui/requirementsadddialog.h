#pragma once

#include "domain/requirement.h"

#include <QDialog>
#include <QSet>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sa {

class CapabilityDirectory;
class RequirementChoiceModel;

// Add Requirement…: pick one or more capabilities (the workspace's and the catalogue's,
// searched as you type by name, subcategory or description) and the importance and
// minimum strength they are required at.
class RequirementsAddDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsAddDialog)

public:
    RequirementsAddDialog(const CapabilityDirectory &directory,
                          const QSet<QString> &required,
                          QWidget *parent = nullptr);

    std::vector<Requirement> requirements() const; // the selected capabilities, by name

private:
    void filter(const QString &text);
    void updateState();

    RequirementChoiceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_importance;
    QComboBox *m_strength;
    QLabel *m_count;
    QPushButton *m_add;
};

} // namespace sa
