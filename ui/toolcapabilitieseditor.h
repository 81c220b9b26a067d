#pragma once

#include "domain/capability.h"
#include "domain/tool.h"

#include <QSet>
#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace sa {

// The tool dialog's Capabilities tab: what the tool effectively does, with its strength.
// A catalogue tool starts from its product's capabilities: the user changes a strength,
// marks one as not used (strength 0) or adds one, from the catalogue or new and local to
// the workspace. A custom tool's list is all its own. The tab gives back the tool's
// overrides, and copies of the capabilities the workspace does not know yet.
class ToolCapabilitiesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolCapabilitiesEditor)

public:
    explicit ToolCapabilitiesEditor(QWidget *parent = nullptr);

    // The capabilities one can add (the catalogue's and the workspace's); known: the slugs
    // the workspace has copies of; local: those that only the workspace has.
    void setChoices(const std::vector<Capability> &choices,
                    const QSet<QString> &known,
                    const QSet<QString> &local);
    // product: the tool's product snapshot, or nullptr for a custom tool.
    void setTool(const Tool &tool, const Product *product);

    std::vector<ToolCapability> capabilities() const; // Tool::capabilities to save
    std::vector<ToolCapability> effective() const;    // what the tool does, whatever from
    std::vector<Capability> newCapabilities() const;  // copies the workspace needs first
    int effectiveCount() const;                       // capabilities the tool does

    // Adds the capability named (or selects it when listed); true when it is listed now.
    bool addCapability(const QString &name);

signals:
    void edited();

private:
    struct Row
    {
        QString slug;
        QString name;
        int productStrength = 0; // 0: not from the product
        int strength = 2;        // 0: the tool does not do it
        bool local = false;      // new: named here, in no catalogue
    };

    void rebuild(int select);
    QString note(const Row &row) const;
    void removeOrRestore();
    void updateButtons();
    const Capability *choiceNamed(const QString &name) const;

    QTreeWidget *m_list;
    QComboBox *m_add;
    QPushButton *m_addButton;
    QPushButton *m_remove;
    std::vector<Capability> m_choices;
    QSet<QString> m_known;
    QSet<QString> m_local;
    std::vector<Row> m_rows;
    bool m_custom = true;
};

} // namespace sa
