#pragma once

#include <QWizardPage>

class QComboBox;
class QFrame;
class QLabel;
class QTableView;

namespace sa {

class ColumnMappingModel;
class ImportWizardSession;

// The wizard's second page: which field each column of the file feeds, as guessed from
// the headers, with a combo per column to change it (each change re-previews the rows
// off the GUI thread), and the question of the date order when the file cannot tell.
class ImportWizardMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardMappingPage)

public:
    explicit ImportWizardMappingPage(ImportWizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

private:
    void sync();
    void openEditors();
    void dateOrderEdited(int index);
    bool hasRows() const;

    ImportWizardSession *m_session;
    ColumnMappingModel *m_model;
    QTableView *m_view;
    QFrame *m_dateBox;
    QLabel *m_dateQuestion;
    QComboBox *m_dateOrder;
    QLabel *m_errors;
    QLabel *m_note;
};

} // namespace sa
