#pragma once

#include <QIODevice>

namespace sa {

// The part of a zip archive that minizip has open (unzOpenCurrentFile), as a sequential
// QIODevice, so that QXmlStreamReader parses it while it inflates and never holds more
// than a buffer of it. It counts the inflated bytes against a budget and fails the read
// once the budget is spent, whatever the zip headers declared: the zip-bomb guard that
// does not trust the archive.
class XlsxPartDevice final : public QIODevice
{
    Q_OBJECT

public:
    enum class Failure { None, OverBudget, Damaged };

    // zip is minizip's unzFile; budget: how many inflated bytes may still be read.
    XlsxPartDevice(void *zip, qint64 budget);

    bool isSequential() const override { return true; }
    bool atEnd() const override;

    qint64 bytesInflated() const { return m_inflated; }
    Failure failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void *m_zip;
    qint64 m_budget;
    qint64 m_inflated = 0;
    bool m_end = false;
    Failure m_failure = Failure::None;
};

} // namespace sa
