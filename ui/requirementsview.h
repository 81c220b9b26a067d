#pragma once

#include "domain/result.h"
#include "mainview.h"
#include "workspace/requirementprofile.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace sa {

class CatalogueStore;
class RequirementListModel;
class RequirementsAddDialog;
class RequirementsProfileDialog;
class WorkspaceDocument;

// The Requirements view: the capabilities the workspace requires, with importance (must,
// should, nice) and minimum strength (1-3) edited in place, Add Requirement… (the
// workspace's and the catalogue's capabilities, searched), Remove (Del) and Seed from
// Profile… (a shipped profile, as one step). Every edit is an undoable command on the
// workspace document; the gaps analysis reads what is here.
class RequirementsView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsView)

public:
    // catalogue may be null (then only the workspace's capabilities can be added); profiles
    // are the shipped ones (readShippedProfiles()).
    RequirementsView(WorkspaceDocument *document,
                     const CatalogueStore *catalogue,
                     std::vector<RequirementProfile> profiles,
                     QWidget *parent = nullptr);
    ~RequirementsView() override;

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void focusSearch() override;
    void prepareSnapshot() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    RequirementListModel *model() const { return m_model; }
    // The dialogs open window-modal and delete themselves; returned for tests.
    RequirementsAddDialog *openAddDialog();
    RequirementsProfileDialog *openProfileDialog();
    void removeSelected();
    QStringList selectedSlugs() const;

private:
    QWidget *createBar();
    void createActions();
    void addRequirements(const std::vector<Requirement> &requirements);
    void seed(const RequirementProfile &profile);
    void updateCounts();
    void updateActions();
    void select(const QStringList &slugs);
    void report(const Status &status, const QString &done);

    WorkspaceDocument *m_document;
    const CatalogueStore *m_catalogue;
    std::vector<RequirementProfile> m_profiles;
    RequirementListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_counts;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_seedAction = nullptr;
};

} // namespace sa
