#include "importwizardsession.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacedocument.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QSet>
#include <QtConcurrent>

namespace sa {

namespace {

// A file with a capability column and no tool column is a requirements list.
bool looksLikeRequirements(const InventoryPreview &preview)
{
    if (preview.table.columnCount() == 0 || preview.columns.column(int(InventoryField::Name)) >= 0)
        return false;
    for (const QString &header : preview.table.header()) {
        if (InventoryColumns::fieldNamed(InventoryFields::requirements(), header)
            == int(RequirementField::Capability))
            return true;
    }
    return false;
}

} // namespace

ImportWizardSession::ImportWizardSession(WorkspaceDocument *document,
                                         const CatalogueStore *catalogue,
                                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_catalogue(catalogue)
{
    m_options.fallbackDateOrder = localeDateOrder();
}

// A running job owns copies of everything it reads: it may finish after the wizard is gone.
ImportWizardSession::~ImportWizardSession() = default;

const InventoryCatalogue *ImportWizardSession::catalogue() const
{
    return m_importer ? &m_importer->catalogue() : nullptr;
}

DateOrder ImportWizardSession::localeDateOrder()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(u'd');
    const qsizetype month = format.indexOf(u'M');
    return day >= 0 && month >= 0 && day < month ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

std::function<std::shared_ptr<const InventoryImporter>()> ImportWizardSession::importerFactory()
{
    if (m_importer) {
        return [importer = m_importer] {
            return importer;
        };
    }
    // The SQL happens here, on the GUI thread; building the matcher's index in the job.
    std::vector<Product> products;
    std::vector<Capability> capabilities;
    std::vector<Category> categories;
    if (m_catalogue) {
        products = m_catalogue->allProducts();
        capabilities = m_catalogue->capabilities();
        categories = m_catalogue->categories();
    }
    QSet<QString> known;
    for (const Capability &c : capabilities)
        known.insert(c.slug);
    for (const Capability &c : m_document->store()->capabilities()) {
        if (!known.contains(c.slug))
            capabilities.push_back(c); // local ones from an earlier import
    }
    struct Inputs
    {
        std::vector<Product> products;
        std::vector<Capability> capabilities;
        std::vector<Tool> tools;
        QString currency;
        std::vector<Category> categories;
    };
    auto inputs = std::make_shared<Inputs>(Inputs{std::move(products),
                                                  std::move(capabilities),
                                                  m_document->store()->tools(),
                                                  m_document->store()->info().currency,
                                                  std::move(categories)});
    return [inputs]() -> std::shared_ptr<const InventoryImporter> {
        return std::make_shared<const InventoryImporter>(std::move(inputs->products),
                                                         std::move(inputs->capabilities),
                                                         std::move(inputs->tools),
                                                         std::move(inputs->currency),
                                                         std::move(inputs->categories));
    };
}

void ImportWizardSession::read(const QString &path,
                               const InventoryOptions &options,
                               bool modeChosen)
{
    InventoryOptions o = options;
    o.displayName = QFileInfo(path).fileName();
    auto importer = importerFactory();
    start(tr("Reading %1…").arg(o.displayName), path, false, modeChosen, [=]() mutable {
        Job job{importer(), {}, o};
        job.preview = job.importer->preview(path, o);
        if (!modeChosen && o.mode == InventoryMode::Tools && looksLikeRequirements(job.preview)) {
            job.options.mode = InventoryMode::Requirements;
            job.preview = job.importer->remap(job.preview, job.options);
        }
        return job;
    });
}

void ImportWizardSession::remap(const InventoryOptions &options, bool modeChosen)
{
    InventoryOptions o = options;
    o.displayName = m_options.displayName;
    auto importer = importerFactory();
    start(tr("Reading the rows again…"),
          m_path,
          true,
          modeChosen,
          [importer, o, previous = m_preview]() {
              Job job{importer(), {}, o};
              job.preview = job.importer->remap(previous, o);
              return job;
          });
}

void ImportWizardSession::start(const QString &what,
                                const QString &path,
                                bool sameTable,
                                bool modeChosen,
                                std::function<Job()> work)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    auto *watcher = new QFutureWatcher<Job>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        Job job = watcher->result();
        m_importer = std::move(job.importer);
        m_preview = std::move(job.preview);
        m_options = std::move(job.options);
        m_path = path;
        m_modeChosen = modeChosen;
        emit busyChanged(false, QString());
        emit previewChanged(sameTable);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    emit busyChanged(true, what);
}

void ImportWizardSession::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit busyChanged(false, QString());
    emit cancelled();
}

InventoryOutcome ImportWizardSession::outcome(const InventoryDecisions &decisions) const
{
    if (!m_importer) {
        InventoryOutcome none;
        none.errors << tr("No file has been read.");
        return none;
    }
    return m_importer->buildImport(m_preview, decisions);
}

QString ImportWizardSession::commandText(const InventoryOutcome &outcome) const
{
    const QString file = m_options.displayName;
    if (m_preview.mode == InventoryMode::Requirements) {
        const auto n = outcome.import.requirements.size();
        return n == 1 ? tr("Import 1 requirement from %1").arg(file)
                      : tr("Import %1 requirements from %2").arg(n).arg(file);
    }
    const auto n = outcome.import.tools.size();
    return n == 1 ? tr("Import 1 tool from %1").arg(file)
                  : tr("Import %1 tools from %2").arg(n).arg(file);
}

Expected<WorkspaceImportResult> ImportWizardSession::apply(const InventoryOutcome &outcome)
{
    if (!outcome.ok())
        return Error::badInput(outcome.errors.join(u'\n'));
    return m_document->import(outcome.import, commandText(outcome));
}

} // namespace sa
