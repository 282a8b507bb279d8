// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "azure/tenantconnection.h"
#include "wizard/plan.h"
#include "wizard/runcontext.h"
#include "wizard/runner.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace CrossKey::Ui {

// FlowSession is what a flow's pages share: the signed-in tenant, the choices made so far as the plan's typed
// inputs, and — from the review page on — the plan and its runner. The pages write their choice here and read the
// others'; each flow says how its plan is made (createPlan) and which inputs the connection sets.
class FlowSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowSession)

public:
    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    FlowSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent = nullptr);
    ~FlowSession() override;

    const Azure::Clock &clock() const { return m_clock; }

    // Not owned; it must live while the session uses it. Sets the inputs the flow takes from it
    // (readConnection).
    void setConnection(Azure::TenantConnection *connection);
    Azure::TenantConnection *connection() const { return m_connection; }

    const Wizard::RunContext &inputs() const { return m_inputs; }
    // Sets or clears (empty value) one choice; clears the plan, which no longer matches.
    void setInput(Wizard::ContextField field, const QString &value);
    void clearInput(Wizard::ContextField field);

    // A new plan for the current inputs (the old plan and runner are deleted).
    Wizard::Plan *rebuildPlan();
    Wizard::Plan *plan() const { return m_plan; }
    // The runner of the current plan, created on first use with its saved progress restored.
    Wizard::Runner *runner();
    // What restoring the saved progress said: steps found complete, or why the file was dropped.
    QString restoreNote() const { return m_restoreNote; }

Q_SIGNALS:
    void connectionChanged();
    void inputsChanged();
    void runnerCreated(CrossKey::Wizard::Runner *runner);

protected:
    // The flow's plan for `inputs` on the signed-in `connection`; null when it cannot be made yet.
    virtual Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) = 0;
    // Writes what the (new, or cleared: null) connection decides into `inputs`. By default the cloud and TenantId.
    virtual void readConnection(Azure::TenantConnection *connection, Wizard::RunContext &inputs);
    // Drops the plan and runner, which no longer match the inputs.
    void dropPlan();

private:
    const Azure::Clock &m_clock;
    QString m_progressDirectory;
    QPointer<Azure::TenantConnection> m_connection;
    Wizard::RunContext m_inputs;
    QPointer<Wizard::Plan> m_plan;
    QPointer<Wizard::Runner> m_runner;
    QString m_restoreNote;
};

} // namespace CrossKey::Ui
