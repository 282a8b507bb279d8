// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"
#include "wizard/runcontext.h"
#include "wizard/step.h"

#include <QList>
#include <QObject>

namespace CrossKey::Wizard {

// Plan owns the ordered steps of one mode and the typed context they work on.
class Plan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Plan)

public:
    // `id` names the mode ("isv-prepare", …) and keys the progress file; `inputs` are the user's choices.
    Plan(QString id, QString title, RunContext inputs, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString title() const { return m_title; }

    // Takes ownership.
    void addStep(Step *step);
    const QList<Step *> &steps() const { return m_steps; }
    int indexOf(const QString &stepId) const;

    const RunContext &inputs() const { return m_inputs; }
    const RunContext &context() const { return m_context; }
    RunContext &context() { return m_context; }

    // Every step id is unique and every input a step needs is a plan input or an earlier step's output.
    Azure::Result<void> validate() const;

    // Identifies this plan and these inputs, so progress saved for other choices is never resumed.
    QString fingerprint() const;

private:
    QString m_id;
    QString m_title;
    RunContext m_inputs;
    RunContext m_context;
    QList<Step *> m_steps;
};

} // namespace CrossKey::Wizard
