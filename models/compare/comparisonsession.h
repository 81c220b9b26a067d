#pragma once

#include "compare/productcomparison.h"
#include "domain/shortlist.h"

#include <QObject>
#include <QTimer>

namespace sa {

class CatalogueStore;
class WorkspaceDocument;

// The comparison a workspace's Compare view shows: the products picked (2 to 6 to score,
// fewer while being picked), the user's weights and the result of compareProducts() over
// the workspace as it is now. It scores again whenever the products, the weights or the
// workspace change, so every view bound to it updates live. The working set (products,
// weights, the shortlist it came from) is kept in the workspace's settings, so the
// comparison reads the same when the file is reopened; saving it as a shortlist is an
// undoable command of the document.
class ComparisonSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonSession)

public:
    // Neither is owned; catalogue may be null (then only the workspace's snapshots count).
    ComparisonSession(WorkspaceDocument *document,
                      const CatalogueStore *catalogue,
                      QObject *parent = nullptr);
    ~ComparisonSession() override;

    const std::vector<Product> &products() const { return m_products; }
    QStringList productSlugs() const;
    bool contains(const QString &slug) const;
    bool isFull() const { return int(m_products.size()) >= kMaxComparedProducts; }
    // The weights as the user set them (any scale) and normalised (default when unusable).
    const CriterionWeights &weights() const { return m_weights; }
    CriterionWeights normalisedWeights() const;
    // The scored comparison; no products while fewer than two are picked or the weights
    // are unusable (error() says why).
    const ComparisonResult &result() const { return m_result; }
    QString error() const { return m_error; }
    // The input the scores are computed from (the stack, currency and segment).
    const ComparisonInput &input() const { return m_input; }

    // The shortlist this comparison was opened from or saved as (0: none) and whether
    // products or weights differ from it since.
    ShortlistId shortlistId() const;
    bool isModified() const;

    // A product by slug: the catalogue's, else the workspace's snapshot.
    std::optional<Product> findProduct(const QString &slug) const;

    // Replaces the products (slugs not found are left out and returned); detaches from
    // the shortlist.
    QStringList setProducts(const QStringList &slugs);
    Status addProduct(const Product &product); // refused when full or already there
    void removeProduct(const QString &slug);
    void setWeights(const CriterionWeights &weights);
    void resetWeights();

    // Shows the shortlist's products with its weights; missing products are left out.
    void openShortlist(const Shortlist &shortlist);
    // Saves the comparison as a new shortlist (undoable) and follows it.
    Expected<ShortlistId> saveAsShortlist(const QString &name);
    // Writes the products and weights into the shortlist it follows (undoable).
    Status saveShortlist();

    // Writes a pending settings change now (it is otherwise written a moment later).
    Status flushSettings();

    static QString productsKey();  // "compare/products": slugs, comma-separated
    static QString weightsKey();   // "compare/weights": CriterionWeights::toString()
    static QString shortlistKey(); // "compare/shortlist": the id followed, or empty

signals:
    // The products, weights or workspace changed and result() was computed again.
    void changed();
    // The working set could not be kept in the workspace file (the comparison stays).
    void settingsFailed(const QString &message);

private:
    void reloadInput();
    void rescore();
    void changedByUser();
    void restore();
    Shortlist current(const QString &name) const;

    WorkspaceDocument *m_document;
    const CatalogueStore *m_catalogue;
    ComparisonInput m_input;
    std::vector<Product> m_products;
    CriterionWeights m_weights;
    ComparisonResult m_result;
    QString m_error;
    ShortlistId m_shortlistId = 0;
    QTimer m_saveTimer;
};

} // namespace sa
