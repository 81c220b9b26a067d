#pragma once

#include "catalogue/cataloguestore.h"

#include <QStringList>

#include <functional>
#include <map>
#include <set>

namespace sa::test {

// One editor's turn in raceEdits(): the version it read, what the versioned save said,
// and the text it wrote (failed when the read or the save gave an error).
struct EditTurn
{
    bool failed = false;
    qint64 basedOn = 0;
    VersionedUpdate done;
    QString text;
};

struct RaceOutcome
{
    int written = 0;
    int conflicts = 0;
    int failures = 0;                // errors, threads that hung, refusals naming no newer version
    std::set<qint64> basedOn;        // versions the written edits were made on
    std::map<qint64, QString> texts; // version written -> its text
};

// Runs editors threads at once, each taking editsEach turns (turn(editor, n) reads the
// row, edits it and saves it on the version read), and gathers what they saw.
RaceOutcome raceEdits(int editors, int editsEach, const std::function<EditTurn(int, int)> &turn);

// What is wrong with a race of turns edits on a row now at finalVersion holding
// finalText; empty when nothing: no errors, every edit written or refused as a conflict,
// at least one written, and no lost update (each written edit made on another version,
// one after the other from 1, the row holding the last one written).
QStringList
raceProblems(const RaceOutcome &race, int turns, qint64 finalVersion, const QString &finalText);

} // namespace sa::test
