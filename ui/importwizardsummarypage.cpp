#include "importwizardsummarypage.h"

#include "banner.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "itemmodels/matchreviewmodel.h"
#include "workspace/workspacedocument.h"

#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace sa {

namespace {

constexpr int CardCount = 5;

QString bullets(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += u"<li>" + item.toHtmlEscaped() + u"</li>";
    return u"<ul style='margin-top:2px; margin-bottom:6px'>" + html + u"</ul>";
}

} // namespace

ImportWizardSummaryPage::ImportWizardSummaryPage(ImportWizardSession *session,
                                                 MatchReviewModel *matches,
                                                 QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_matches(matches)
    , m_blocked(createBanner(QStringLiteral("summaryBlocked")))
    , m_cards(new QGridLayout)
    , m_details(new QLabel)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setPageHeading(this,
                   tr("Import"),
                   tr("What the import adds to the workspace. It is one step: Edit > Undo "
                      "(Ctrl+Z) takes all of it back."));
    m_cards->setHorizontalSpacing(12);
    for (int i = 0; i < CardCount; ++i) {
        auto *card = new QFrame;
        card->setProperty("card", true);
        auto *number = new QLabel;
        number->setProperty("cardNumber", true);
        auto *caption = new QLabel;
        caption->setProperty("cardCaption", true);
        caption->setWordWrap(true);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(14, 10, 14, 12);
        layout->setSpacing(2);
        layout->addWidget(number);
        layout->addWidget(caption);
        m_cards->addWidget(card, 0, i);
        m_cardLabels << std::pair{number, caption};
    }
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_blocked);
    layout->addLayout(m_cards);
    layout->addWidget(m_details, 1);
    connect(m_session, &ImportWizardSession::busyChanged, this, [this] { emit completeChanged(); });
}

void ImportWizardSummaryPage::setCard(int index,
                                      const QString &name,
                                      int number,
                                      const QString &caption)
{
    auto [numberLabel, captionLabel] = m_cardLabels[index];
    numberLabel->setObjectName(name + u"Count");
    numberLabel->setText(QString::number(number));
    captionLabel->setText(caption);
}

void ImportWizardSummaryPage::initializePage()
{
    m_outcome = m_session->outcome(m_matches->decisions());
    if (m_session->preview().mode == InventoryMode::Tools)
        showTools();
    else
        showRequirements();
    const int errors = int(m_session->preview().errors.size());
    if (!m_outcome.ok())
        showBanner(m_blocked,
                   BannerKind::Error,
                   (errors == 1 ? tr("1 error blocks the import:")
                                : tr("%1 errors block the import. The first:").arg(errors))
                       + u'\n' + m_outcome.errors.constFirst() + u'\n'
                       + tr("Go Back to the problems to see where; fix the file and Reload it."));
    else
        showBanner(m_blocked, BannerKind::Error, QString());
    // Nothing is imported while blocked: the figures would only say zero.
    for (const auto &[number, caption] : std::as_const(m_cardLabels))
        number->parentWidget()->setVisible(m_outcome.ok());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    emit completeChanged();
}

void ImportWizardSummaryPage::showTools()
{
    const WorkspaceImport &in = m_outcome.import;
    const auto plural = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many;
    };
    const auto tools = in.tools.size();
    setCard(0,
            QStringLiteral("summaryTools"),
            int(tools),
            plural(tools, tr("tool to add"), tr("tools to add")));
    setCard(1,
            QStringLiteral("summaryMatched"),
            int(m_outcome.matched.size()),
            tr("matched to a catalogue product"));
    setCard(2,
            QStringLiteral("summaryCustom"),
            int(m_outcome.unmatched.size()),
            plural(m_outcome.unmatched.size(), tr("custom tool"), tr("custom tools")));
    setCard(3,
            QStringLiteral("summaryIntegrations"),
            int(in.integrations.size()),
            plural(in.integrations.size(), tr("integration"), tr("integrations")));
    setCard(4,
            QStringLiteral("summaryCapabilities"),
            int(m_outcome.localCapabilities.size()),
            plural(m_outcome.localCapabilities.size(),
                   tr("capability local to the workspace"),
                   tr("capabilities local to the workspace")));

    QString html;
    if (!m_outcome.localCapabilities.isEmpty()) {
        QStringList names;
        for (const Capability &c : m_session->preview().localCapabilities) {
            if (m_outcome.localCapabilities.contains(c.slug))
                names << c.name;
        }
        html += tr("<b>New capabilities</b>, named in the file and not in the catalogue:")
                + bullets(names);
    }
    if (!m_outcome.unconfirmed.empty()) {
        QStringList names;
        for (int row : m_outcome.unconfirmed)
            names << m_session->preview().rows[size_t(row)].tool.name;
        html += tr("<b>Suggestions not confirmed</b>, imported as custom tools (Back to "
                   "confirm them):")
                + bullets(names);
    }
    QStringList matched;
    for (const Tool &t : in.tools) {
        const auto product
            = std::find_if(in.products.begin(), in.products.end(), [&t](const Product &p) {
                  return p.slug == t.productSlug;
              });
        if (!t.isCustom() && product != in.products.end())
            matched << tr("%1 → %2").arg(t.name, product->name);
    }
    if (!matched.isEmpty())
        html += tr("<b>Matched to the catalogue</b>:") + bullets(matched);
    m_details->setText(html);
}

void ImportWizardSummaryPage::showRequirements()
{
    const std::vector<Requirement> &in = m_outcome.import.requirements;
    int counts[3] = {0, 0, 0};
    for (const Requirement &r : in)
        ++counts[int(r.importance)];
    QSet<QString> existing;
    for (const Requirement &r : m_session->document()->store()->requirements())
        existing.insert(r.capabilitySlug);
    QHash<QString, QString> names; // the import's snapshots name what the workspace lacks
    for (const Capability &c : m_outcome.import.capabilities)
        names.insert(c.slug, c.name);
    QStringList changed;
    for (const Requirement &r : in) {
        if (existing.contains(r.capabilitySlug))
            changed << names.value(r.capabilitySlug,
                                   m_session->document()->capabilityName(r.capabilitySlug));
    }
    const auto n = in.size();
    setCard(0,
            QStringLiteral("summaryRequirements"),
            int(n),
            n == 1 ? tr("requirement") : tr("requirements"));
    setCard(1, QStringLiteral("summaryMust"), counts[0], tr("must"));
    setCard(2, QStringLiteral("summaryShould"), counts[1], tr("should"));
    setCard(3, QStringLiteral("summaryNice"), counts[2], tr("nice to have"));
    setCard(4,
            QStringLiteral("summaryCapabilities"),
            int(m_outcome.localCapabilities.size()),
            m_outcome.localCapabilities.size() == 1 ? tr("capability local to the workspace")
                                                    : tr("capabilities local to the workspace"));
    QString html;
    if (!changed.isEmpty())
        html += tr("<b>Already required</b>, their importance and strength are replaced:")
                + bullets(changed);
    m_details->setText(html);
}

bool ImportWizardSummaryPage::isComplete() const
{
    const WorkspaceImport &in = m_outcome.import;
    return !m_session->isBusy() && m_outcome.ok()
           && (!in.tools.empty() || !in.requirements.empty());
}

} // namespace sa
