#pragma once

#include "analysisresult.h"

#include <QJsonObject>

namespace sa {

// The `analyze --json` object (DESIGN.md "Command line"; keys in README "Analysis"):
// money in the workspace currency as numbers rounded to cents, similarities and
// utilizations to 4 decimals, tools by the names the user gave them, capabilities by slug
// with their names beside. Stable: scripts read it.
QJsonObject analysisJson(const AnalysisResult &result, const QString &currency);

// Cents as a JSON number of currency units (12345 -> 123.45).
double moneyValue(Cents cents);

} // namespace sa
