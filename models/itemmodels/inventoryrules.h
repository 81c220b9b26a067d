#pragma once

#include "domain/tool.h"

#include <QStringList>

#include <vector>

namespace sa {

// What is wrong with a tool before it is saved, field by field, in words for the user.
// The inventory's inline editors and its tool dialog both ask this, so that a value one
// refuses the other refuses too. Empty strings: nothing wrong.
struct ToolProblems
{
    QString name;         // missing, or another tool has it
    QString cost;         // negative
    QString usage;        // counts below -1
    QString contract;     // ends before it starts, negative notice
    QString satisfaction; // outside 0..5

    bool isEmpty() const { return all().isEmpty(); }
    QStringList all() const; // in field order
};

// tools: the workspace's tools (the one with tool.id, if there, is not a clash).
ToolProblems checkTool(const Tool &tool, const std::vector<Tool> &tools);

// A name for a new tool that no tool of tools has: name, else "name (2)", "name (3)", ...
QString uniqueToolName(const QString &name, const std::vector<Tool> &tools);

} // namespace sa
