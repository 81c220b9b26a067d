#include "reportdialog.h"

#include "filedialogs.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

ReportDialog::ReportDialog(const ReportSettings &settings,
                           const QStringList &scenarios,
                           const QString &company,
                           const QString &preparedBy,
                           QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(sectionsBox());
    columns->addWidget(brandingBox(company, preparedBy), 1);
    layout->addLayout(columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportReportButton"_s);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const QString &name : scenarios)
        m_scenario->addItem(name, name);
    const int current = m_scenario->findData(settings.scenario);
    m_scenario->setCurrentIndex(current < 0 ? 0 : current);
    showAccent();
}

QWidget *ReportDialog::sectionsBox()
{
    auto *box = new QGroupBox(tr("Sections"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Cover and contents are always included.")));
    for (int i = 0; i < kReportSectionCount; ++i) {
        const ReportSection s = ReportSection(i);
        auto *check = new QCheckBox(reportSectionTitle(s));
        check->setObjectName(u"section_"_s + reportSectionKey(s));
        check->setChecked(m_settings.includes(s));
        layout->addWidget(check);
        m_sections[size_t(i)] = check;
    }
    layout->addStretch();
    return box;
}

QWidget *ReportDialog::brandingBox(const QString &company, const QString &preparedBy)
{
    auto *box = new QGroupBox(tr("Cover and branding"));
    auto *form = new QFormLayout(box);
    m_company = new QLineEdit(m_settings.company);
    m_company->setObjectName(u"reportCompanyEdit"_s);
    m_company->setPlaceholderText(company);
    form->addRow(tr("&Company:"), m_company);
    m_preparedBy = new QLineEdit(m_settings.preparedBy);
    m_preparedBy->setObjectName(u"reportPreparedByEdit"_s);
    m_preparedBy->setPlaceholderText(preparedBy);
    form->addRow(tr("&Prepared by:"), m_preparedBy);

    auto *logoRow = new QHBoxLayout;
    m_logo = new QLabel;
    m_logo->setObjectName(u"reportLogoLabel"_s);
    auto *browse = new QToolButton;
    browse->setObjectName(u"reportLogoButton"_s);
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, &ReportDialog::chooseLogo);
    m_clearLogo = new QToolButton;
    m_clearLogo->setObjectName(u"reportLogoClearButton"_s);
    m_clearLogo->setText(tr("Remove"));
    connect(m_clearLogo, &QToolButton::clicked, this, [this] {
        m_settings.logo.clear();
        m_settings.logoPath.clear();
        showLogo();
    });
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(m_clearLogo);
    form->addRow(tr("Logo:"), logoRow);
    showLogo();

    auto *accentRow = new QHBoxLayout;
    m_accent = new QLineEdit(m_settings.accent);
    m_accent->setObjectName(u"reportAccentEdit"_s);
    m_accent->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"#[0-9a-fA-F]{0,6}"_s), m_accent));
    connect(m_accent, &QLineEdit::textChanged, this, &ReportDialog::showAccent);
    m_accentSwatch = new QToolButton;
    m_accentSwatch->setObjectName(u"reportAccentButton"_s);
    m_accentSwatch->setToolTip(tr("Pick the accent colour"));
    connect(m_accentSwatch, &QToolButton::clicked, this, &ReportDialog::chooseAccent);
    accentRow->addWidget(m_accent, 1);
    accentRow->addWidget(m_accentSwatch);
    form->addRow(tr("&Accent colour:"), accentRow);
    showAccent();

    m_paper = new QComboBox;
    m_paper->setObjectName(u"reportPaperCombo"_s);
    m_paper->addItem(tr("A4 (210 × 297 mm)"), paperSizeKey(PaperSize::A4));
    m_paper->addItem(tr("US Letter (8.5 × 11 in)"), paperSizeKey(PaperSize::Letter));
    m_paper->setCurrentIndex(m_settings.paper == PaperSize::Letter ? 1 : 0);
    form->addRow(tr("Pa&per:"), m_paper);

    m_scenario = new QComboBox;
    m_scenario->setObjectName(u"reportScenarioCombo"_s);
    m_scenario->addItem(tr("The optimizer's plan"), QString());
    form->addRow(tr("P&lan presented:"), m_scenario);
    return box;
}

void ReportDialog::chooseLogo()
{
    const QString path = FileDialogs::openFile(
        this, tr("Choose a Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot read the logo"), path + u": " + file.errorString());
        return;
    }
    m_settings.logo = file.readAll();
    m_settings.logoPath = path;
    showLogo();
}

void ReportDialog::showLogo()
{
    m_logo->setText(m_settings.logo.isEmpty() ? tr("None")
                                              : QFileInfo(m_settings.logoPath).fileName());
    m_logo->setToolTip(m_settings.logoPath);
    m_clearLogo->setEnabled(!m_settings.logo.isEmpty());
}

void ReportDialog::chooseAccent()
{
    const QColor chosen
        = QColorDialog::getColor(QColor(m_accent->text()), this, tr("Accent Colour"));
    if (chosen.isValid())
        m_accent->setText(chosen.name());
}

void ReportDialog::showAccent()
{
    const QColor colour(m_accent->text());
    const bool usable = ReportSettings::isAccent(m_accent->text().toLower());
    m_accentSwatch->setStyleSheet(
        usable ? u"QToolButton { background: %1; min-width: 28px; }"_s.arg(colour.name())
               : QString());
    if (QPushButton *ok = findChild<QPushButton *>(u"exportReportButton"_s))
        ok->setEnabled(usable);
}

ReportSettings ReportDialog::settings() const
{
    ReportSettings s = m_settings;
    for (int i = 0; i < kReportSectionCount; ++i)
        s.setIncluded(ReportSection(i), m_sections[size_t(i)]->isChecked());
    s.company = m_company->text().trimmed();
    s.preparedBy = m_preparedBy->text().trimmed();
    if (ReportSettings::isAccent(m_accent->text().toLower()))
        s.accent = m_accent->text().toLower();
    parsePaperSize(m_paper->currentData().toString(), &s.paper);
    s.scenario = m_scenario->currentData().toString();
    return s;
}

} // namespace sa
