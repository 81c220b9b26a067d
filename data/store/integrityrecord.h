#pragma once

#include <QString>

namespace sa {

// Remembers that a catalogue file passed PRAGMA quick_check, by its size and
// modification time, so that opening it again unchanged skips the check (about 20
// million instructions for the shipped catalogue, more than the rest of opening it):
// any write, ours or another program's, changes the time and brings the check back. A
// time within two seconds of now is never remembered, because a second write inside
// the file system's timestamp granularity could keep both the size and the time.
// Records live in the cache folder, one per catalogue path; losing them only costs a
// check.
class IntegrityRecord
{
public:
    explicit IntegrityRecord(const QString &catalogue);

    // The file is as it was when it last passed the check.
    bool matches() const;
    // After a clean check: remember the file as it is now (when old enough).
    void remember() const;
    void forget() const;

    QString recordPath() const { return m_record; }

private:
    QString stamp() const;

    QString m_catalogue;
    QString m_record;
};

} // namespace sa
