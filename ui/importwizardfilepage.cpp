#include "importwizardfilepage.h"

#include "banner.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "itemmodels/inventorytablemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sa {

namespace {

const CsvEncoding encodings[] = {CsvEncoding::Utf8,
                                 CsvEncoding::Utf8Bom,
                                 CsvEncoding::Utf16LE,
                                 CsvEncoding::Utf16BE,
                                 CsvEncoding::Windows1252};
const QChar delimiters[] = {u',', u';', u'\t', u'|'};

QString delimiterTitle(QChar delimiter)
{
    const QString name = csvDelimiterName(delimiter);
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

ImportWizardFilePage::ImportWizardFilePage(ImportWizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_table(new InventoryTableModel(this))
    , m_file(new QLineEdit)
    , m_choose(new QPushButton(tr("&Choose…")))
    , m_reload(new QPushButton(tr("&Reload")))
    , m_tools(new QRadioButton(tr("&Tools: an inventory of what the company pays for")))
    , m_requirements(
          new QRadioButton(tr("Re&quirements: capabilities with importance and strength")))
    , m_encoding(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_sheet(new QComboBox)
    , m_header(new QSpinBox)
    , m_encodingLabel(new QLabel(tr("&Encoding")))
    , m_delimiterLabel(new QLabel(tr("&Delimiter")))
    , m_sheetLabel(new QLabel(tr("&Sheet")))
    , m_detected(new QLabel)
    , m_errors(createBanner(QStringLiteral("fileErrors")))
    , m_rowCount(new QLabel)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("importFilePage"));
    setPageHeading(this,
                   tr("Choose the file"),
                   tr("A CSV or Excel export of the tools the company pays for, or a list of the "
                      "capabilities it needs. Nothing is written to the workspace until you "
                      "finish."));

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Drop a CSV or XLSX file here, or choose one"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_reload->setObjectName(QStringLiteral("reloadFileButton"));
    m_reload->setToolTip(tr("Read the file again, after fixing it in its spreadsheet"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_reload);

    m_tools->setObjectName(QStringLiteral("toolsModeRadio"));
    m_requirements->setObjectName(QStringLiteral("requirementsModeRadio"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_tools);
    modes->addButton(m_requirements);
    m_tools->setChecked(true);

    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_detected->setProperty("hint", true);
    m_detected->setWordWrap(true);
    m_rowCount->setObjectName(QStringLiteral("previewRowCount"));
    m_rowCount->setProperty("hint", true);

    m_view->setObjectName(QStringLiteral("filePreviewTable"));
    m_view->setModel(m_table);
    styleTable(m_view, 26);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    connect(m_table, &QAbstractItemModel::modelReset, m_view, [this] {
        m_view->setColumnWidth(InventoryTableModel::Line, 56);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(fileRow);
    layout->addWidget(m_errors);
    layout->addWidget(createReadAs());
    layout->addWidget(m_detected);
    auto *previewHeading = new QLabel(tr("FIRST ROWS"));
    previewHeading->setProperty("heading", true);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(previewHeading);
    previewRow->addStretch(1);
    previewRow->addWidget(m_rowCount);
    layout->addLayout(previewRow);
    layout->addWidget(m_view, 1);

    connect(m_choose, &QPushButton::clicked, this, &ImportWizardFilePage::chooseFileRequested);
    connect(m_reload, &QPushButton::clicked, this, &ImportWizardFilePage::reload);
    connect(m_tools, &QRadioButton::toggled, this, &ImportWizardFilePage::modeEdited);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_sheet})
        connect(combo, &QComboBox::activated, this, &ImportWizardFilePage::overridesEdited);
    connect(m_header, &QSpinBox::editingFinished, this, [this] {
        if (m_header->value() != m_session->options().csv.headerLine)
            overridesEdited();
    });
    connect(m_session, &ImportWizardSession::previewChanged, this, &ImportWizardFilePage::sync);
    connect(m_session, &ImportWizardSession::cancelled, this, &ImportWizardFilePage::sync);
    connect(m_session, &ImportWizardSession::busyChanged, this, &ImportWizardFilePage::setBusy);
    sync();
}

QWidget *ImportWizardFilePage::createReadAs()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    auto *importAs = new QLabel(tr("Import as"));
    grid->addWidget(importAs, 0, 0);
    grid->addWidget(m_tools, 0, 1, 1, 3);
    grid->addWidget(m_requirements, 1, 1, 1, 3);

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(QString());
    for (CsvEncoding e : encodings)
        m_encoding->addItem(csvEncodingName(e));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(QString());
    for (QChar d : delimiters)
        m_delimiter->addItem(delimiterTitle(d));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setMinimumContentsLength(16);
    m_header->setObjectName(QStringLiteral("headerRowSpin"));
    m_header->setRange(0, 100000);
    m_header->setMinimumWidth(150);
    m_header->setToolTip(tr("The line (or sheet row) that holds the column names; 0 finds it"));
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_sheetLabel->setBuddy(m_sheet);
    auto *headerLabel = new QLabel(tr("&Header row"));
    headerLabel->setBuddy(m_header);

    grid->addWidget(m_encodingLabel, 2, 0);
    grid->addWidget(m_encoding, 2, 1);
    grid->addWidget(m_delimiterLabel, 2, 2);
    grid->addWidget(m_delimiter, 2, 3);
    grid->addWidget(m_sheetLabel, 3, 0);
    grid->addWidget(m_sheet, 3, 1);
    grid->addWidget(headerLabel, 3, 2);
    grid->addWidget(m_header, 3, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 2);
    return box;
}

bool ImportWizardFilePage::isComplete() const
{
    return !m_session->isBusy() && m_session->hasTable();
}

void ImportWizardFilePage::setBusy()
{
    // The controls stay live: a new choice replaces the read that is running.
    m_reload->setEnabled(!m_session->path().isEmpty());
    emit completeChanged();
}

InventoryOptions ImportWizardFilePage::overrides() const
{
    InventoryOptions o = m_session->options();
    o.mappings.clear(); // the columns may differ once read otherwise
    const int encoding = m_encoding->currentIndex();
    o.csv.encoding = encoding > 0 ? std::optional(encodings[encoding - 1]) : std::nullopt;
    const int delimiter = m_delimiter->currentIndex();
    o.csv.delimiter = delimiter > 0 ? delimiters[delimiter - 1] : QChar();
    o.csv.headerLine = m_header->value();
    o.xlsx.headerRow = m_header->value();
    o.xlsx.sheet = m_session->preview().fileKind == InventoryFileKind::Xlsx ? m_sheet->currentText()
                                                                            : QString();
    return o;
}

void ImportWizardFilePage::overridesEdited()
{
    if (!m_session->path().isEmpty())
        m_session->read(m_session->path(), overrides(), m_session->modeChosen());
}

void ImportWizardFilePage::reload()
{
    if (!m_session->path().isEmpty())
        m_session->read(m_session->path(), m_session->options(), m_session->modeChosen());
}

void ImportWizardFilePage::modeEdited()
{
    InventoryOptions o = m_session->options();
    const InventoryMode mode
        = m_tools->isChecked() ? InventoryMode::Tools : InventoryMode::Requirements;
    if (mode == o.mode || m_session->path().isEmpty())
        return;
    o.mode = mode;
    o.mappings.clear(); // another list of fields
    if (m_session->hasTable())
        m_session->remap(o, true);
    else
        m_session->read(m_session->path(), o, true);
}

void ImportWizardFilePage::sync()
{
    const InventoryPreview &preview = m_session->preview();
    const InventoryOptions &options = m_session->options();
    const CsvFormat &format = preview.format;
    const bool xlsx = preview.fileKind == InventoryFileKind::Xlsx;
    const bool read = m_session->hasTable();
    m_file->setText(m_session->path());
    m_reload->setEnabled(!m_session->path().isEmpty() && !m_session->isBusy());
    {
        const QSignalBlocker toolsBlocker(m_tools);
        const QSignalBlocker requirementsBlocker(m_requirements);
        (options.mode == InventoryMode::Tools ? m_tools : m_requirements)->setChecked(true);
    }
    const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_sheet), b4(m_header);
    m_encoding->setItemText(
        0, read ? tr("Automatic (%1)").arg(csvEncodingName(format.encoding)) : tr("Automatic"));
    m_encoding->setCurrentIndex(
        options.csv.encoding
            ? 1
                  + int(std::find(std::begin(encodings), std::end(encodings), *options.csv.encoding)
                        - std::begin(encodings))
            : 0);
    m_delimiter->setItemText(
        0, read ? tr("Automatic (%1)").arg(csvDelimiterName(format.delimiter)) : tr("Automatic"));
    const auto *delimiter
        = std::find(std::begin(delimiters), std::end(delimiters), options.csv.delimiter);
    m_delimiter->setCurrentIndex(
        delimiter == std::end(delimiters) ? 0 : 1 + int(delimiter - std::begin(delimiters)));
    m_sheet->clear();
    m_sheet->addItems(preview.sheets);
    m_sheet->setCurrentText(format.sheet.isEmpty() ? options.xlsx.sheet : format.sheet);
    m_header->setSpecialValueText(read && format.headerLine > 0
                                      ? tr("Automatic (%1)").arg(format.headerLine)
                                      : tr("Automatic"));
    m_header->setValue(xlsx ? options.xlsx.headerRow : options.csv.headerLine);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_encoding, m_encodingLabel, m_delimiter, m_delimiterLabel})
        w->setVisible(!xlsx);
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);

    const int rows = preview.table.rowCount();
    QStringList facts;
    if (read && xlsx) {
        facts << tr("Excel workbook") << tr("sheet “%1”").arg(format.sheet);
    } else if (read) {
        facts << tr("CSV") << csvEncodingName(format.encoding)
              << tr("%1-separated").arg(csvDelimiterName(format.delimiter))
              << tr("%1 line endings").arg(csvLineEndingName(format.lineEnding));
    }
    if (read) {
        if (format.headerLine <= 0)
            facts << tr("no header row");
        else if (xlsx)
            facts << tr("column names in row %1").arg(format.headerLine);
        else
            facts << tr("column names on line %1").arg(format.headerLine);
        facts << (rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows));
        if (preview.dateOrder != DateOrder::Unknown)
            facts << tr("dates %1%2")
                         .arg(dateOrderName(preview.dateOrder),
                              preview.dateOrderNeeded ? tr(" (to confirm)") : QString());
    }
    m_detected->setText(read ? tr("Read as: %1").arg(facts.join(QStringLiteral("  ·  ")))
                             : QString());
    m_detected->setVisible(read);

    QString errors;
    if (!read && !preview.errors.isEmpty()) {
        errors = tr("The file could not be read:") + u'\n' + preview.errors.join(u'\n');
    } else if (read && xlsx && preview.sheets.size() > 1 && rows == 0) {
        errors = tr("The sheet “%1” has no rows below its header. This workbook has %2 sheets: "
                    "pick the one with the data.")
                     .arg(format.sheet)
                     .arg(preview.sheets.size());
    }
    showBanner(m_errors, BannerKind::Error, errors);
    m_table->setTable(preview.table, {}, {}, PreviewRows);
    m_rowCount->setText(!read ? QString()
                        : rows > PreviewRows
                            ? tr("The first %1 of %2 rows").arg(PreviewRows).arg(rows)
                            : QString());
    emit completeChanged();
}

} // namespace sa
