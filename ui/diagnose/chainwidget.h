// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/finding.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace CrossKey::Ui {

// ChainWidget draws the cross-tenant key chain — ISV tenant → identity → app + credential → customer tenant →
// service principal → vault → key → storage account — with each link's state as an icon whose shape differs per
// state and a label in words ("passed", "failed", …), never colour alone. Its accessible description (and tooltip)
// reads the same states, one link after the other, so a screen reader hears the picture.
class ChainWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainWidget)

public:
    explicit ChainWidget(QWidget *parent = nullptr);

    // The findings so far; a link none has reached yet shows as waiting.
    void setFindings(const QList<Wizard::Finding> &findings);

    int nodeCount() const;
    QString nodeTitle(int node) const;
    // The node's worst finding status, or nullopt while nothing reached it.
    std::optional<Wizard::Finding::Status> nodeStatus(int node) const;
    QString nodeStateText(int node) const;
    // "ISV tenant: passed; Managed identity: passed; …".
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Node
    {
        const char *title;
        QStringList links;
    };
    static const QList<Node> &nodes();

    QList<Wizard::Finding> m_findings;
};

} // namespace CrossKey::Ui
