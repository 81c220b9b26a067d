#pragma once

#include "io/inventoryimporter.h"

#include <QWizardPage>

class QGridLayout;
class QLabel;

namespace sa {

class ImportWizardSession;
class MatchReviewModel;

// The wizard's last page: what Import will add, in a few figures (tools, matched, custom,
// integrations, local capabilities; or requirements by importance), built from the
// preview and the user's decisions exactly as the import will be. Errors block it.
class ImportWizardSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardSummaryPage)

public:
    ImportWizardSummaryPage(ImportWizardSession *session,
                            MatchReviewModel *matches,
                            QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    const InventoryOutcome &outcome() const { return m_outcome; }

private:
    void setCard(int index, const QString &name, int number, const QString &caption);
    void showTools();
    void showRequirements();

    ImportWizardSession *m_session;
    MatchReviewModel *m_matches;
    InventoryOutcome m_outcome;
    QLabel *m_blocked;
    QGridLayout *m_cards;
    QList<std::pair<QLabel *, QLabel *>> m_cardLabels;
    QLabel *m_details;
};

} // namespace sa
