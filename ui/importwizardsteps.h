#pragma once

#include <QWidget>

class QLabel;
class QWizardPage;

namespace sa {

// The import wizard's step list on its left: where the user is, what is done and what is
// left, and a step that does not apply (catalogue matching for a requirements list).
class ImportWizardSteps final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardSteps)

public:
    explicit ImportWizardSteps(const QStringList &steps, QWidget *parent = nullptr);

    // current: the step shown; skipped: a step that is left out (-1 for none).
    void setCurrent(int current, int skipped);

private:
    QList<QLabel *> m_labels;
    QStringList m_steps;
};

// A page's heading in the wizard's rich-text title format: a headline and a short intro.
void setPageHeading(QWizardPage *page, const QString &title, const QString &intro);

} // namespace sa
