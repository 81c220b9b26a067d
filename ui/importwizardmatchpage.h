#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace sa {

class CatalogueStore;
class ImportWizardSession;
class MatchReviewModel;

// The wizard's catalogue matching: every tool with the product it will be imported with,
// Accepted / Suggested / Unmatched at a glance, and for the selected tool its candidates
// to pick from, a catalogue search for any other product, or "keep it custom".
class ImportWizardMatchPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardMatchPage)

public:
    ImportWizardMatchPage(ImportWizardSession *session,
                          MatchReviewModel *model,
                          CatalogueStore *catalogue,
                          QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Opens the catalogue search for the current tool; returns the dialog (window-modal,
    // deletes itself), or nullptr without a current tool.
    QWidget *searchCatalogue();

private:
    QWidget *createChoices();
    void showChoices();
    void updateSummary();
    int currentRow() const;

    ImportWizardSession *m_session;
    MatchReviewModel *m_model;
    CatalogueStore *m_catalogue;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_acceptAll;
    QLabel *m_choiceTitle;
    QWidget *m_choiceBox;
    QVBoxLayout *m_choiceList;
    QButtonGroup *m_choices;
    QPushButton *m_search;
};

} // namespace sa
