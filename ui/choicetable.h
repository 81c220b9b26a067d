#pragma once

#include <QTableWidget>

#include <vector>

class QComboBox;
class QStandardItemModel;

namespace sa {

// An editable list of (catalogue item, option) rows: the product dialog's capabilities
// with their strength, and its integrations with their kind. The first column is a combo
// that searches the catalogue items as you type; the second picks one of a few options.
class ChoiceTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceTable)

public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
        QString slug;
    };
    struct Row
    {
        qint64 id = 0; // 0 when the text matches no choice
        QString text;
        QString slug;
        int option = 0;
    };

    explicit ChoiceTable(QWidget *parent = nullptr);

    // noun: what a row names, for messages ("capability", "product").
    void setup(const QString &noun,
               const QStringList &headers,
               const std::vector<Choice> &choices,
               const QList<std::pair<QString, int>> &options);
    void setRows(const std::vector<Row> &rows);
    std::vector<Row> rows() const;
    // Sentences about rows that name nothing known, or the same item twice.
    QStringList problems() const;
    // How problems() says a row names nothing known; %1 is the text. The default:
    // "“%1” is not a <noun> in the catalogue."
    void setUnknownMessage(const QString &message) { m_unknownMessage = message; }

    void addRow(qint64 id = 0, int option = 0);
    // The combo of a cell: column 0 picks the item, column 1 the option.
    QComboBox *comboAt(int row, int column) const;
    void removeCurrentRow();

signals:
    void edited();

private:
    const Choice *choiceNamed(const QString &text) const;

    QString m_noun;
    QString m_unknownMessage;
    std::vector<Choice> m_choices;
    QList<std::pair<QString, int>> m_options;
    QStandardItemModel *m_choiceModel;
};

} // namespace sa
