#pragma once

#include "domain/result.h"
#include "tooledit.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace sa {

class CatalogueDocument;
class ChoiceTable;
class MoneyEdit;
class SubcategoryCombo;
class ToolCapabilitiesEditor;
class WorkspaceDocument;

// Adds a custom tool or edits any tool, every field of it: General (name, the catalogue
// product it is, or its vendor when it is custom, category, status, owner, team, system of
// record, notes), Cost and contract,
// Capabilities (ToolCapabilitiesEditor) and Integrations with the workspace's other tools.
// Problems show under their field (the rules the inline editors use too); Save hands a
// ToolEdit to the submit handler and stays open when the store refuses it.
class ToolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolDialog)

public:
    using SubmitHandler = std::function<Status(const ToolEdit &)>;
    enum Tab { GeneralTab, ContractTab, CapabilitiesTab, IntegrationsTab };

    ToolDialog(WorkspaceDocument *workspace, CatalogueDocument *catalogue, QWidget *parent);
    ~ToolDialog() override;

    void setTool(const Tool &tool); // id 0: a new custom tool
    ToolEdit edit() const;
    void setSubmitHandler(SubmitHandler handler) { m_submit = std::move(handler); }
    QStringList problems() const;
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    QWidget *createGeneralTab();
    QWidget *createContractTab();
    QWidget *createIntegrationsTab();
    Tool tool() const;
    void showProduct();
    void changeProduct(qint64 catalogueProductId);
    void makeCustom();
    void validate();
    void updateHints();

    WorkspaceDocument *m_workspace;
    CatalogueDocument *m_catalogue;
    Tool m_original;
    std::optional<Product> m_product; // the tool's product, as the workspace has it or new
    QString m_productSlug;
    SubmitHandler m_submit;
    bool m_showAll = false;

    QLabel *m_headline;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_productLabel;
    QPushButton *m_makeCustom;
    QLineEdit *m_vendor;
    QFormLayout *m_generalForm = nullptr;
    SubcategoryCombo *m_category;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QLineEdit *m_team;
    QCheckBox *m_hub;
    QPlainTextEdit *m_notes;
    MoneyEdit *m_cost;
    QSpinBox *m_seats;
    QSpinBox *m_users;
    QLabel *m_usage;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_notice;
    QCheckBox *m_autoRenew;
    QLabel *m_deadline;
    QLabel *m_contractError;
    QComboBox *m_satisfaction;
    ToolCapabilitiesEditor *m_capabilities;
    ChoiceTable *m_integrations;
    QLabel *m_integrationsError;
};

} // namespace sa
