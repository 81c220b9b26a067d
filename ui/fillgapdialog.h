#pragma once

#include "compare/productcomparison.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sa {

class CatalogueStore;
class ComparisonScoreModel;

// "Who fills this gap?": pick a capability (the workspace's gaps first, then every
// capability of the catalogue) and see the catalogue's products that have it at the
// workspace's minimum strength, ranked by the comparison's own score and weights. The top
// three are selected; Compare These replaces the comparison with the selection, Add to
// Comparison adds it to the products compared now.
class FillGapDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FillGapDialog)

public:
    enum class Use { Replace, Add };

    // input: the comparison's (stack, weights); the catalogue's products are the candidates.
    FillGapDialog(ComparisonInput input, const CatalogueStore *catalogue, QWidget *parent);

    void setCapability(const QString &slug); // ranks at once; unknown slugs are ignored
    void setCapabilityIndex(int index);      // the index-th of the list (gaps come first)
    QString capability() const;
    QStringList selectedSlugs() const; // in rank order
    int candidateCount() const;

signals:
    void productsChosen(const QStringList &slugs, sa::FillGapDialog::Use use);

private:
    void rank();
    void updateButtons();
    void choose(Use use);

    ComparisonInput m_input;
    ComparisonScoreModel *m_model;
    QComboBox *m_capability;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_replace;
    QPushButton *m_add;
};

} // namespace sa
