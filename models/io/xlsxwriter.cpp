#include "xlsxwriter.h"

#include "csvwriter.h"
#include "xlsxcellref.h"
#include "xlsxmodule.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>

namespace sa {

namespace {

constexpr int kMaxCellText = 32'767; // Excel's limit
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

struct Currency
{
    const char16_t *code;
    const char16_t *symbol;
    bool before;
    int decimals;
};

constexpr Currency kCurrencies[] = {
    {u"USD", u"$", true, 2},
    {u"EUR", u"€", false, 2},
    {u"GBP", u"£", true, 2},
    {u"JPY", u"¥", true, 0},
    {u"CAD", u"CA$", true, 2},
    {u"AUD", u"A$", true, 2},
    {u"INR", u"₹", true, 2},
    {u"CNY", u"CN¥", true, 2},
};

const Currency *findCurrency(const QString &code)
{
    for (const Currency &c : kCurrencies) {
        if (code.trimmed().compare(QStringView(c.code), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

// How many characters a cell shows, for the column width ("$1,250.50" for money).
qsizetype shownLength(const XlsxCell &cell, const QString &text)
{
    switch (cell.type) {
    case XlsxCell::Type::Empty:
        return 0;
    case XlsxCell::Type::Text:
        return text.size();
    case XlsxCell::Type::Number:
        return QString::number(cell.number, 'g', 15).size();
    case XlsxCell::Type::Date:
        return 10;
    case XlsxCell::Type::Money: {
        const Currency *c = findCurrency(cell.text);
        const qsizetype digits = QString::number(std::floor(std::abs(cell.number)), 'f', 0).size();
        const int decimals = c ? c->decimals : 2;
        const qsizetype symbol = c ? std::char_traits<char16_t>::length(c->symbol) + !c->before
                                   : cell.text.trimmed().size() + 1;
        return (cell.number < 0) + digits + (digits - 1) / 3 + (decimals ? decimals + 1 : 0)
               + symbol;
    }
    }
    return 0;
}

// One save: the workbook's formats and the cells, written in order; the first problem
// with the data ends it.
class SheetWriter
{
public:
    SheetWriter(const SaXlsxApi &lxw, lxw_workbook *workbook, const XlsxWriteOptions &options)
        : m_lxw(lxw)
        , m_workbook(workbook)
        , m_options(options)
    {
    }

    QString write(const QStringList &header, const std::vector<std::vector<XlsxCell>> &rows)
    {
        const QByteArray sheetName = m_options.sheetName.toUtf8();
        if (m_lxw.validateSheetName(m_workbook, sheetName.constData()) != LXW_NO_ERROR)
            return u" \"" + m_options.sheetName + u"\" cannot be a sheet name";
        m_sheet = m_lxw.addWorksheet(m_workbook, sheetName.constData());
        m_bold = m_lxw.addFormat(m_workbook);
        m_lxw.setBold(m_bold);
        m_date = m_lxw.addFormat(m_workbook);
        m_lxw.setNumFormat(m_date, "yyyy-mm-dd");

        std::vector<qsizetype> widths(size_t(header.size()), 0);
        for (qsizetype c = 0; c < header.size(); ++c) {
            // Bold text is about a tenth wider.
            widths[size_t(c)] = header[c].size() + header[c].size() / 10 + 1;
            if (QString problem = writeText(0, int(c), header[c], m_bold); !problem.isEmpty())
                return problem;
        }
        if (!header.isEmpty())
            m_lxw.freezePanes(m_sheet, 1, 0);
        const int first = header.isEmpty() ? 0 : 1;
        for (size_t r = 0; r < rows.size(); ++r) {
            const std::vector<XlsxCell> &row = rows[r];
            if (widths.size() < row.size())
                widths.resize(row.size(), 0);
            for (size_t c = 0; c < row.size(); ++c) {
                QString text;
                if (QString problem = writeCell(first + int(r), int(c), row[c], &text);
                    !problem.isEmpty())
                    return problem;
                widths[c] = std::max(widths[c], shownLength(row[c], text));
            }
        }
        for (size_t c = 0; c < widths.size(); ++c) {
            const double width = std::clamp(double(widths[c]) + 2, kMinWidth, kMaxWidth);
            m_lxw.setColumn(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        return {};
    }

private:
    QString where(int row, int column) const
    {
        return XlsxCellRef::quotedSheet(m_options.sheetName) + u'!'
               + XlsxCellRef::name(row + 1, column + 1) + u": ";
    }

    QString writeText(int row, int column, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            return {};
        if (text.size() > kMaxCellText) {
            return where(row, column) + u"the text is longer than " + QString::number(kMaxCellText)
                   + u" characters, the most a cell holds";
        }
        const lxw_error error = m_lxw.writeString(
            m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
        return error == LXW_NO_ERROR
                   ? QString()
                   : where(row, column) + QString::fromUtf8(m_lxw.errorText(error));
    }

    QString writeCell(int row, int column, const XlsxCell &cell, QString *shown)
    {
        lxw_error error = LXW_NO_ERROR;
        switch (cell.type) {
        case XlsxCell::Type::Empty:
            return {};
        case XlsxCell::Type::Text:
            *shown = m_options.neutraliseFormulas && CsvWriter::needsFormulaGuard(cell.text)
                         ? u'\'' + cell.text
                         : cell.text;
            return writeText(row, column, *shown, nullptr);
        case XlsxCell::Type::Number:
        case XlsxCell::Type::Money:
            if (!std::isfinite(cell.number))
                return where(row, column) + u"not a finite number";
            error = m_lxw.writeNumber(m_sheet,
                                      lxw_row_t(row),
                                      lxw_col_t(column),
                                      cell.number,
                                      cell.type == XlsxCell::Type::Money ? money(cell.text)
                                                                         : nullptr);
            break;
        case XlsxCell::Type::Date: {
            if (!cell.date.isValid())
                return {};
            if (cell.date.year() < 1900 || cell.date.year() > 9999) // no Excel serial
                return writeText(row, column, cell.date.toString(Qt::ISODate), nullptr);
            lxw_datetime at{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
            error = m_lxw.writeDatetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &at, m_date);
            break;
        }
        }
        return error == LXW_NO_ERROR
                   ? QString()
                   : where(row, column) + QString::fromUtf8(m_lxw.errorText(error));
    }

    lxw_format *money(const QString &currency)
    {
        lxw_format *&format = m_money[currency];
        if (!format) {
            format = m_lxw.addFormat(m_workbook);
            m_lxw.setNumFormat(format, XlsxWriter::moneyFormat(currency).toUtf8().constData());
        }
        return format;
    }

    const SaXlsxApi &m_lxw;
    lxw_workbook *m_workbook;
    const XlsxWriteOptions &m_options;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QHash<QString, lxw_format *> m_money;
};

} // namespace

XlsxWriter::XlsxWriter(XlsxWriteOptions options)
    : m_options(std::move(options))
{
}

void XlsxWriter::setHeader(QStringList names)
{
    m_header = std::move(names);
}

void XlsxWriter::writeRow(std::vector<XlsxCell> cells)
{
    m_rows.push_back(std::move(cells));
}

QString XlsxWriter::moneyFormat(const QString &currency)
{
    if (const Currency *c = findCurrency(currency)) {
        const QString number = c->decimals ? QStringLiteral("#,##0.00") : QStringLiteral("#,##0");
        const QString symbol = u'"' + QStringView(c->symbol) + u'"';
        return c->before ? QString(symbol + number) : QString(number + u' ' + symbol);
    }
    QString letters;
    for (const QChar ch : currency.toUpper()) {
        if (ch.isLetter())
            letters += ch;
    }
    return letters.isEmpty() ? QStringLiteral("#,##0.00") : u"#,##0.00 \"" + letters + u'"';
}

Status XlsxWriter::save(const QString &path) const
{
    size_t columns = size_t(m_header.size());
    for (const std::vector<XlsxCell> &row : m_rows)
        columns = std::max(columns, row.size());
    if (columns > size_t(XlsxCellRef::kMaxColumn) || m_rows.size() >= size_t(XlsxCellRef::kMaxRow))
        return Error::badInput(path + u": the table is larger than a worksheet holds");

    const Expected<const SaXlsxApi *> lxw = xlsxApi();
    if (!lxw)
        return Error::io(path + u": cannot write: " + lxw.error().message);
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + u"/." + target.fileName() + u".XXXXXX");
    if (!temp.open())
        return Error::io(path + u": cannot write: " + temp.errorString());
    temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    temp.close();
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    lxw_workbook *workbook = (*lxw)->workbookNew(tempName.constData());
    if (!workbook)
        return Error::io(path + u": cannot write: out of memory");
    const QString problem = SheetWriter(**lxw, workbook, m_options).write(m_header, m_rows);
    const lxw_error closed = (*lxw)->close(workbook);
    if (!problem.isEmpty())
        return Error::badInput(path + u':' + problem);
    if (closed != LXW_NO_ERROR)
        return Error::io(path + u": cannot write: " + QString::fromUtf8((*lxw)->errorText(closed)));
    if (std::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        return Error::io(path + u": cannot write: " + qt_error_string(errno));
    temp.setAutoRemove(false);
    return success();
}

} // namespace sa
