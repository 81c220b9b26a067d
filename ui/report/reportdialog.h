#pragma once

#include "report/reportsettings.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sa {

// File > Export Report…: which sections the PDF review has, whose names go on its cover,
// its logo, accent colour and paper, and which plan it presents. Shows the workspace's
// saved settings and hands back the edited ones; the caller saves them (one undoable
// command) and writes the PDF.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // company and preparedBy: the workspace's, shown as the placeholders of the overrides.
    ReportDialog(const ReportSettings &settings,
                 const QStringList &scenarios,
                 const QString &company,
                 const QString &preparedBy,
                 QWidget *parent = nullptr);

    ReportSettings settings() const;

private:
    QWidget *sectionsBox();
    QWidget *brandingBox(const QString &company, const QString &preparedBy);
    void chooseLogo();
    void chooseAccent();
    void showAccent();
    void showLogo();

    ReportSettings m_settings; // the logo and anything not edited here
    std::array<QCheckBox *, kReportSectionCount> m_sections{};
    QLineEdit *m_company = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QLabel *m_logo = nullptr;
    QToolButton *m_clearLogo = nullptr;
    QLineEdit *m_accent = nullptr;
    QToolButton *m_accentSwatch = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_scenario = nullptr;
};

} // namespace sa
