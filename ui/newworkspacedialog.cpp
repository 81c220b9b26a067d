#include "newworkspacedialog.h"

#include "domain/slug.h"
#include "fielderror.h"
#include "filedialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace sa {

namespace {

QLabel *errorLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setProperty("error", true);
    label->setWordWrap(true);
    return label;
}

const QString preparedByKey = QStringLiteral("NewWorkspace/preparedBy");

} // namespace

NewWorkspaceDialog::NewWorkspaceDialog(const std::vector<RequirementProfile> &profiles,
                                       const QString &folder,
                                       QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_company(new QLineEdit)
    , m_companyError(errorLabel(QStringLiteral("companyError")))
    , m_preparedBy(new QLineEdit)
    , m_currency(new QComboBox)
    , m_currencyError(errorLabel(QStringLiteral("currencyError")))
    , m_profile(new QComboBox)
    , m_profileDescription(new QLabel)
    , m_file(new QLineEdit)
    , m_fileError(errorLabel(QStringLiteral("fileError")))
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    setWindowTitle(tr("New Workspace"));
    resize(640, 0);

    auto *headline = new QLabel(tr("A new workspace"));
    headline->setObjectName(QStringLiteral("dialogHeadline"));
    auto *intro = new QLabel(tr("One workspace per company: its tools, what it needs, and the "
                                "plans you make for its stack."));
    intro->setProperty("hint", true);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create"));
    create->setObjectName(QStringLiteral("createWorkspaceButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewWorkspaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(headline);
    layout->addWidget(intro);
    layout->addWidget(createForm(profiles));
    layout->addStretch(1);
    layout->addWidget(buttons);
    companyEdited();
    validate();
    fitHeight();
}

void NewWorkspaceDialog::fitHeight()
{
    // A window does not follow its wrapped labels' heightForWidth by itself: grow to it,
    // so that a long profile description is never cut off.
    if (QLayout *l = layout(); l && l->hasHeightForWidth()) {
        const int needed = l->totalHeightForWidth(width());
        if (height() < needed)
            resize(width(), needed);
    }
}

QWidget *NewWorkspaceDialog::createForm(const std::vector<RequirementProfile> &profiles)
{
    auto *form = new QWidget;
    auto *grid = new QFormLayout(form);
    grid->setContentsMargins(0, 10, 0, 6);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("The company whose stack this is, e.g. Northbeam"));
    grid->addRow(tr("&Company"), m_company);
    grid->addRow(QString(), m_companyError);

    m_preparedBy->setObjectName(QStringLiteral("preparedByEdit"));
    m_preparedBy->setPlaceholderText(tr("Your name, for the report's cover"));
    m_preparedBy->setText(QSettings().value(preparedByKey).toString());
    grid->addRow(tr("&Prepared by"), m_preparedBy);

    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("USD"),
                          QStringLiteral("EUR"),
                          QStringLiteral("GBP"),
                          QStringLiteral("CHF"),
                          QStringLiteral("CAD"),
                          QStringLiteral("AUD"),
                          QStringLiteral("SEK"),
                          QStringLiteral("NOK"),
                          QStringLiteral("DKK"),
                          QStringLiteral("JPY")});
    m_currency->setToolTip(tr("Every amount of the workspace is in this currency (ISO 4217)."));
    m_currency->setMaximumWidth(120);
    grid->addRow(tr("C&urrency"), m_currency);
    grid->addRow(QString(), m_currencyError);

    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (const RequirementProfile &p : profiles)
        m_profile->addItem(
            tr("%1  (%n requirements)", nullptr, int(p.requirements.size())).arg(p.name), p.slug);
    m_profile->addItem(tr("None: start without requirements"), QString());
    const int b2b = m_profile->findData(QStringLiteral("b2b-mid-size"));
    m_profile->setCurrentIndex(b2b >= 0 ? b2b : 0);
    grid->addRow(tr("&Requirements"), m_profile);
    m_profileDescription->setObjectName(QStringLiteral("profileDescription"));
    m_profileDescription->setProperty("hint", true);
    m_profileDescription->setWordWrap(true);
    grid->addRow(QString(), m_profileDescription);

    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(6);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *choose = new QPushButton(tr("C&hoose…"));
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File"));
    fileLabel->setBuddy(m_file); // a row of a layout gets no buddy by itself
    grid->addRow(fileLabel, fileRow);
    grid->addRow(QString(), m_fileError);
    auto *saved = new QLabel(tr("StackAtlas saves every change as you make it."));
    saved->setProperty("hint", true);
    grid->addRow(QString(), saved);

    connect(m_company, &QLineEdit::textEdited, this, &NewWorkspaceDialog::companyEdited);
    connect(m_currency, &QComboBox::editTextChanged, this, &NewWorkspaceDialog::validate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &NewWorkspaceDialog::showProfile);
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_fileChosen = true;
        validate();
    });
    connect(choose, &QPushButton::clicked, this, &NewWorkspaceDialog::chooseFile);
    showProfile();
    return form;
}

void NewWorkspaceDialog::companyEdited()
{
    if (!m_fileChosen) {
        const QString base = slugify(m_company->text());
        m_file->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(
            (base.isEmpty() ? QStringLiteral("workspace") : base) + u".stackatlas")));
    }
    validate();
}

void NewWorkspaceDialog::chooseFile()
{
    const QString path = FileDialogs::saveFile(
        this, tr("New Workspace"), m_file->text(), FileDialogs::workspaceFilter());
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(FileDialogs::withWorkspaceSuffix(path)));
    m_fileChosen = true;
    validate();
}

void NewWorkspaceDialog::showProfile()
{
    const QString slug = m_profile->currentData().toString();
    QString text = tr("The workspace starts with no requirements; add them later.");
    for (const RequirementProfile &p : m_profiles) {
        if (p.slug == slug)
            text = p.description;
    }
    m_profileDescription->setText(text);
    fitHeight();
}

NewWorkspaceDialog::Request NewWorkspaceDialog::request() const
{
    Request r;
    r.path = FileDialogs::withWorkspaceSuffix(QDir::fromNativeSeparators(m_file->text().trimmed()));
    r.info.company = m_company->text().trimmed();
    r.info.preparedBy = m_preparedBy->text().trimmed();
    r.info.currency = m_currency->currentText().trimmed().toUpper();
    r.profileSlug = m_profile->currentData().toString();
    return r;
}

NewWorkspaceDialog::FieldProblems NewWorkspaceDialog::check() const
{
    const Request r = request();
    FieldProblems f;
    if (r.info.company.isEmpty())
        f.company = tr("Enter the company's name: it titles the workspace and its report.");
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(r.info.currency).hasMatch())
        f.currency = tr("Enter a currency as its three-letter code, e.g. USD or EUR.");
    if (r.path.isEmpty())
        f.file = tr("Choose where to keep the workspace file.");
    else if (QFileInfo::exists(r.path))
        f.file = tr("A file is already there; choose another name.");
    return f;
}

QStringList NewWorkspaceDialog::problems() const
{
    const FieldProblems f = check();
    QStringList out;
    for (const QString &p : {f.company, f.currency, f.file}) {
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

void NewWorkspaceDialog::validate()
{
    const FieldProblems f = check();
    // The company's problem waits for a first try: an empty box is where everyone starts.
    showFieldError(m_companyError, m_showAll ? f.company : QString());
    showFieldError(m_currencyError, f.currency);
    showFieldError(m_fileError, f.file);
    fitHeight();
}

void NewWorkspaceDialog::accept()
{
    m_showAll = true;
    validate();
    if (!problems().isEmpty())
        return;
    const Request r = request();
    const Status status = m_submit ? m_submit(r) : success();
    if (!status) {
        QMessageBox::warning(this, tr("The workspace was not created"), status.error().message);
        return;
    }
    QSettings().setValue(preparedByKey, r.info.preparedBy);
    QDialog::accept();
}

} // namespace sa
