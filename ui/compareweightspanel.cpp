#include "compareweightspanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

QString weightPercent(double weight)
{
    const double percent = std::round(weight * 1000.0) / 10.0;
    return QString::number(percent, 'f', percent == std::round(percent) ? 0 : 1) + u" %"_s;
}

namespace {

bool sameProportions(const CriterionWeights &a, const CriterionWeights &b)
{
    for (int i = 0; i < kCriterionCount; ++i) {
        if (std::abs(a.values[size_t(i)] - b.values[size_t(i)]) > 1e-9)
            return false;
    }
    return true;
}

} // namespace

CompareWeightsPanel::CompareWeightsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"compareWeights"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(4);
    auto *heading = new QLabel(tr("WEIGHTS"));
    heading->setProperty("heading", true);
    auto *reset = new QPushButton(tr("Reset to Defaults"));
    reset->setObjectName(u"resetWeightsButton"_s);
    reset->setToolTip(tr("Coverage 40 %, integration 30 %, cost 20 %, overlap 10 % (Ctrl+0)"));
    layout->addWidget(heading, 0, 0);
    layout->addWidget(reset, 0, 1, 1, 2, Qt::AlignRight);
    for (int i = 0; i < kCriterionCount; ++i) {
        const QString key = criterionKey(Criterion(i));
        auto *title = new QLabel(criterionTitle(Criterion(i)));
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(u"weightSlider-"_s + key);
        slider->setRange(0, 100);
        slider->setPageStep(10);
        slider->setAccessibleName(criterionTitle(Criterion(i)));
        title->setBuddy(slider);
        auto *percent = new QLabel;
        percent->setObjectName(u"weightPercent-"_s + key);
        percent->setMinimumWidth(52);
        percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(title, 1 + i, 0);
        layout->addWidget(slider, 1 + i, 1);
        layout->addWidget(percent, 1 + i, 2);
        m_sliders[size_t(i)] = slider;
        m_percentages[size_t(i)] = percent;
        connect(slider, &QSlider::valueChanged, this, [this] {
            showPercentages();
            emit weightsChanged(weights());
        });
    }
    layout->setColumnStretch(1, 1);
    connect(reset, &QPushButton::clicked, this, &CompareWeightsPanel::resetRequested);
    setWeights(CriterionWeights());
}

void CompareWeightsPanel::setWeights(const CriterionWeights &weights)
{
    // The sliders show the weights on a 0-100 scale: normalised, so 0.4 and 40 read alike.
    const Expected<CriterionWeights> normal = weights.normalised();
    const Expected<CriterionWeights> now = this->weights().normalised();
    if (normal && now && sameProportions(*normal, *now))
        return; // the sliders already say this: do not move them under the hand
    const CriterionWeights shown = normal ? *normal : weights;
    for (int i = 0; i < kCriterionCount; ++i) {
        const QSignalBlocker blocker(m_sliders[size_t(i)]);
        m_sliders[size_t(i)]->setValue(int(std::lround(shown.values[size_t(i)] * 100.0)));
    }
    showPercentages();
}

CriterionWeights CompareWeightsPanel::weights() const
{
    CriterionWeights w;
    for (int i = 0; i < kCriterionCount; ++i)
        w.values[size_t(i)] = m_sliders[size_t(i)]->value();
    return w;
}

void CompareWeightsPanel::showPercentages()
{
    const Expected<CriterionWeights> normal = weights().normalised();
    for (int i = 0; i < kCriterionCount; ++i)
        m_percentages[size_t(i)]->setText(normal ? weightPercent(normal->values[size_t(i)])
                                                 : u"–"_s);
}

} // namespace sa
