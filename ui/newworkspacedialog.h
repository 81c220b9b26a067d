#pragma once

#include "domain/result.h"
#include "domain/workspaceinfo.h"
#include "workspace/requirementprofile.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sa {

// File > New Workspace: whose stack it is, who prepares it, its currency, the requirement
// profile it starts from, and the file. The file follows the company's name until the
// user picks one. Problems show under their field; Create hands the request to the submit
// handler, and a failure is shown with the dialog kept open, so nothing typed is lost.
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewWorkspaceDialog)

public:
    struct Request
    {
        QString path;
        WorkspaceInfo info;
        QString profileSlug; // empty: no requirements
    };
    using SubmitHandler = std::function<Status(const Request &)>;

    NewWorkspaceDialog(const std::vector<RequirementProfile> &profiles,
                       const QString &folder,
                       QWidget *parent = nullptr);

    Request request() const;
    void setSubmitHandler(SubmitHandler handler) { m_submit = std::move(handler); }
    QStringList problems() const;

    void accept() override;

private:
    struct FieldProblems
    {
        QString company, currency, file;
    };

    FieldProblems check() const;
    QWidget *createForm(const std::vector<RequirementProfile> &profiles);
    void companyEdited();
    void chooseFile();
    void validate();
    void showProfile();
    void fitHeight();

    QString m_folder;
    QLineEdit *m_company;
    QLabel *m_companyError;
    QLineEdit *m_preparedBy;
    QComboBox *m_currency;
    QLabel *m_currencyError;
    QComboBox *m_profile;
    QLabel *m_profileDescription;
    QLineEdit *m_file;
    QLabel *m_fileError;
    std::vector<RequirementProfile> m_profiles;
    SubmitHandler m_submit;
    bool m_fileChosen = false; // the user picked or typed the file: stop following the name
    bool m_showAll = false;
};

} // namespace sa
