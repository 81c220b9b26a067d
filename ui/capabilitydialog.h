#pragma once

#include "domain/capability.h"
#include "domain/category.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sa {

class SubcategoryCombo;

// Adds or edits one capability: name, subcategory, description and the other names people
// use for it. Like the product dialog, it checks as the user types and keeps itself open
// when the store refuses the change.
class CapabilityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityDialog)

public:
    using SubmitHandler = std::function<Status(const Capability &)>;

    CapabilityDialog(const std::vector<Category> &categories,
                     const std::vector<Capability> &existing,
                     QWidget *parent = nullptr);

    void setCapability(const Capability &capability);
    Capability capability() const;
    void setSubmitHandler(SubmitHandler handler);
    QStringList problems() const;

    void accept() override;

private:
    QString nameProblem() const;
    QString subcategoryProblem() const;
    void validate();

    std::vector<Capability> m_existing;
    Capability m_original;
    SubmitHandler m_submit;
    QLineEdit *m_name;
    QLabel *m_nameError;
    SubcategoryCombo *m_subcategory;
    QLabel *m_subcategoryError;
    QPlainTextEdit *m_description;
    QLineEdit *m_aliases;
    bool m_showAll = false;
};

} // namespace sa
