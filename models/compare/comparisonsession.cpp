#include "comparisonsession.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacedocument.h"

using namespace Qt::StringLiterals;

namespace sa {

ComparisonSession::ComparisonSession(WorkspaceDocument *document,
                                     const CatalogueStore *catalogue,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_catalogue(catalogue)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { static_cast<void>(flushSettings()); });
    const auto workspaceChanged = [this] {
        reloadInput();
        rescore();
    };
    connect(document, &WorkspaceDocument::toolAdded, this, workspaceChanged);
    connect(document, &WorkspaceDocument::toolChanged, this, workspaceChanged);
    connect(document, &WorkspaceDocument::toolRemoved, this, workspaceChanged);
    for (auto signal : {&WorkspaceDocument::integrationsChanged,
                        &WorkspaceDocument::requirementsChanged,
                        &WorkspaceDocument::infoChanged,
                        &WorkspaceDocument::capabilitiesChanged}) {
        connect(document, signal, this, workspaceChanged);
    }
    // Undoing a save leaves the comparison unsaved; redoing it follows the shortlist again.
    connect(document, &WorkspaceDocument::shortlistsChanged, this, &ComparisonSession::changed);
    reloadInput();
    restore();
    rescore();
}

ComparisonSession::~ComparisonSession()
{
    if (m_saveTimer.isActive())
        static_cast<void>(flushSettings());
}

QString ComparisonSession::productsKey()
{
    return u"compare/products"_s;
}

QString ComparisonSession::weightsKey()
{
    return u"compare/weights"_s;
}

QString ComparisonSession::shortlistKey()
{
    return u"compare/shortlist"_s;
}

QStringList ComparisonSession::productSlugs() const
{
    QStringList slugs;
    for (const Product &p : m_products)
        slugs << p.slug;
    return slugs;
}

bool ComparisonSession::contains(const QString &slug) const
{
    return productSlugs().contains(slug);
}

CriterionWeights ComparisonSession::normalisedWeights() const
{
    const Expected<CriterionWeights> w = m_weights.normalised();
    return w ? *w : *CriterionWeights().normalised();
}

ShortlistId ComparisonSession::shortlistId() const
{
    return m_document->shortlist(m_shortlistId) ? m_shortlistId : 0;
}

bool ComparisonSession::isModified() const
{
    const std::optional<Shortlist> saved = m_document->shortlist(m_shortlistId);
    return saved && (saved->productSlugs != productSlugs() || saved->weights != m_weights);
}

std::optional<Product> ComparisonSession::findProduct(const QString &slug) const
{
    if (m_catalogue) {
        if (std::optional<Product> p = m_catalogue->productBySlug(slug))
            return p;
    }
    return m_document->store()->product(slug);
}

QStringList ComparisonSession::setProducts(const QStringList &slugs)
{
    QStringList missing;
    m_products.clear();
    for (const QString &slug : slugs) {
        if (contains(slug) || isFull())
            continue;
        if (std::optional<Product> p = findProduct(slug))
            m_products.push_back(std::move(*p));
        else
            missing << slug;
    }
    m_shortlistId = 0;
    changedByUser();
    return missing;
}

Status ComparisonSession::addProduct(const Product &product)
{
    if (contains(product.slug))
        return Error::badInput(tr("“%1” is already in the comparison").arg(product.name));
    if (isFull())
        return Error::badInput(tr("A comparison holds at most %1 products: remove one first")
                                   .arg(kMaxComparedProducts));
    m_products.push_back(product);
    changedByUser();
    return success();
}

void ComparisonSession::removeProduct(const QString &slug)
{
    const auto erased = std::erase_if(m_products, [&](const Product &p) { return p.slug == slug; });
    if (erased > 0)
        changedByUser();
}

void ComparisonSession::setWeights(const CriterionWeights &weights)
{
    if (weights == m_weights)
        return;
    m_weights = weights;
    changedByUser();
}

void ComparisonSession::resetWeights()
{
    setWeights(CriterionWeights());
}

void ComparisonSession::openShortlist(const Shortlist &shortlist)
{
    m_products.clear();
    for (const QString &slug : shortlist.productSlugs) {
        // The workspace's copy first: it is what the shortlist was saved with.
        std::optional<Product> p = m_document->store()->product(slug);
        if (!p)
            p = findProduct(slug);
        if (p && !contains(slug))
            m_products.push_back(std::move(*p));
    }
    m_weights = shortlist.weights;
    m_shortlistId = shortlist.id;
    changedByUser();
}

Shortlist ComparisonSession::current(const QString &name) const
{
    Shortlist s;
    s.name = name;
    s.productSlugs = productSlugs();
    s.weights = m_weights;
    return s;
}

Expected<ShortlistId> ComparisonSession::saveAsShortlist(const QString &name)
{
    const Expected<ShortlistId> id = m_document->addShortlist(current(name), m_products);
    if (id) {
        m_shortlistId = *id;
        changedByUser();
    }
    return id;
}

Status ComparisonSession::saveShortlist()
{
    const std::optional<Shortlist> saved = m_document->shortlist(m_shortlistId);
    if (!saved)
        return Error::badInput(tr("The comparison is not a saved shortlist"));
    Shortlist edited = current(saved->name);
    edited.id = saved->id;
    edited.notes = saved->notes;
    edited.created = saved->created;
    const Status status = m_document->editShortlist(edited, m_products);
    if (status)
        emit changed();
    return status;
}

void ComparisonSession::reloadInput()
{
    m_input = comparisonInput(*m_document->store());
}

void ComparisonSession::rescore()
{
    m_result = ComparisonResult();
    m_error.clear();
    ComparisonInput input = m_input;
    input.products = m_products;
    input.weights = m_weights;
    if (m_products.size() >= size_t(kMinComparedProducts)) {
        Expected<ComparisonResult> scored = compareProducts(input);
        if (scored)
            m_result = std::move(*scored);
        else
            m_error = scored.error().message;
    } else if (const Expected<CriterionWeights> w = m_weights.normalised(); !w) {
        m_error = w.error().message;
    }
    if (m_result.products.empty())
        m_result.weights = normalisedWeights();
    emit changed();
}

void ComparisonSession::changedByUser()
{
    rescore();
    m_saveTimer.start();
}

Status ComparisonSession::flushSettings()
{
    m_saveTimer.stop();
    WorkspaceStore *store = m_document->store();
    Status written = store->setSetting(productsKey(), productSlugs().join(u','));
    if (written)
        written = store->setSetting(weightsKey(), m_weights.toString());
    if (written)
        written = store->setSetting(shortlistKey(),
                                    m_shortlistId ? QString::number(m_shortlistId) : QString());
    if (!written)
        emit settingsFailed(written.error().message);
    return written;
}

void ComparisonSession::restore()
{
    const WorkspaceStore *store = m_document->store();
    const Expected<CriterionWeights> weights
        = CriterionWeights::parse(store->setting(weightsKey()));
    if (weights && weights->normalised())
        m_weights = *weights;
    const QStringList slugs = store->setting(productsKey()).split(u',', Qt::SkipEmptyParts);
    for (const QString &slug : slugs) {
        if (std::optional<Product> p = findProduct(slug); p && !contains(slug) && !isFull())
            m_products.push_back(std::move(*p));
    }
    m_shortlistId = store->setting(shortlistKey()).toLongLong();
}

} // namespace sa
