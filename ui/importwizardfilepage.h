#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace sa {

class ImportWizardSession;
class InventoryTableModel;
struct InventoryOptions;

// The wizard's first page: the file, what it is read as (tools or requirements), what the
// reader detected (encoding, delimiter, header line, sheet, date order) with overrides,
// and a look at its first rows. Every override reads the file again, off the GUI thread.
class ImportWizardFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardFilePage)

public:
    static constexpr int PreviewRows = 100;

    explicit ImportWizardFilePage(ImportWizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;

signals:
    void chooseFileRequested();

private:
    QWidget *createReadAs();
    void sync();
    void setBusy();
    void overridesEdited();
    void reload();
    void modeEdited();
    InventoryOptions overrides() const;

    ImportWizardSession *m_session;
    InventoryTableModel *m_table;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QPushButton *m_reload;
    QRadioButton *m_tools;
    QRadioButton *m_requirements;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QSpinBox *m_header;
    QLabel *m_encodingLabel;
    QLabel *m_delimiterLabel;
    QLabel *m_sheetLabel;
    QLabel *m_detected;
    QLabel *m_errors;
    QLabel *m_rowCount;
    QTableView *m_view;
};

} // namespace sa
