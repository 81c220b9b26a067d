#pragma once

#include "domain/criterionweights.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace sa {

// The comparison's weights: one slider (0-100) per criterion with the weight it gets once
// normalised ("40 %"), and Reset to Defaults. Moving a slider emits weightsChanged() at
// once, so the ranking follows the hand; setWeights() shows weights without emitting.
class CompareWeightsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWeightsPanel)

public:
    explicit CompareWeightsPanel(QWidget *parent = nullptr);

    void setWeights(const CriterionWeights &weights);
    CriterionWeights weights() const;
    QSlider *slider(Criterion criterion) const { return m_sliders[size_t(criterion)]; }

signals:
    void weightsChanged(const sa::CriterionWeights &weights);
    void resetRequested();

private:
    void showPercentages();

    std::array<QSlider *, kCriterionCount> m_sliders{};
    std::array<QLabel *, kCriterionCount> m_percentages{};
};

// "40 %", "16.7 %": a normalised weight (0..1) as the panel and the view show it.
QString weightPercent(double weight);

} // namespace sa
