#include "conflictanswer.h"

#include "editconflictdialog.h"

#include <QApplication>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace sa::test {

ConflictAnswer::ConflictAnswer(QString button, QString snapshotName)
    : m_button(std::move(button))
    , m_snapshotName(std::move(snapshotName))
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
    m_timer.start();
}

void ConflictAnswer::answer()
{
    auto *conflict = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
    if (!conflict)
        return;
    m_timer.stop();
    m_title = conflict->windowTitle();
    auto *table = conflict->findChild<QTableWidget *>(QStringLiteral("editConflictTable"));
    m_shown << table->horizontalHeaderItem(0)->text() << table->horizontalHeaderItem(1)->text();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->font().bold())
            m_shown << table->verticalHeaderItem(row)->text() + u": " + table->item(row, 0)->text()
                           + u" | " + table->item(row, 1)->text();
    }
    if (const QString dir = qEnvironmentVariable("SA_SNAPSHOT_DIR"); !dir.isEmpty())
        conflict->grab().save(dir + u'/' + m_snapshotName + u".png");
    QTest::mouseClick(conflict->findChild<QPushButton *>(m_button), Qt::LeftButton);
}

} // namespace sa::test
