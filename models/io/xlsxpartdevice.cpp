#include "xlsxpartdevice.h"

#include <algorithm>
#include <minizip/unzip.h>

namespace sa {

XlsxPartDevice::XlsxPartDevice(void *zip, qint64 budget)
    : m_zip(zip)
    , m_budget(budget)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool XlsxPartDevice::atEnd() const
{
    return m_end || m_failure != Failure::None;
}

qint64 XlsxPartDevice::readData(char *data, qint64 maxSize)
{
    if (atEnd())
        return -1;
    // One byte past the budget is enough to know that it is spent.
    const qint64 allowed = std::min({maxSize, m_budget - m_inflated + 1, qint64(1) << 20});
    const int n = unzReadCurrentFile(m_zip, data, unsigned(std::max<qint64>(allowed, 0)));
    if (n < 0) {
        m_failure = Failure::Damaged;
        return -1;
    }
    m_inflated += n;
    if (m_inflated > m_budget) {
        m_failure = Failure::OverBudget;
        return -1;
    }
    if (n == 0) {
        m_end = true;
        return -1;
    }
    return n;
}

qint64 XlsxPartDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace sa
