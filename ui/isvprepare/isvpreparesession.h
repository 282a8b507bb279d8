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

// IsvPrepareSession is what the ISV prepare pages share: the signed-in ISV tenant, the choices made so far as
// the plan's typed inputs, and — from the review page on — the plan and its runner. The pages write their
// choice here and read the others'; the plan itself comes from Wizard::IsvPrepare::createPlan.
class IsvPrepareSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvPrepareSession)

public:
    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    IsvPrepareSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent = nullptr);
    ~IsvPrepareSession() override;

    const Azure::Clock &clock() const { return m_clock; }

    // Not owned; it must live while the session uses it. Sets the inputs' cloud and tenant.
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

private:
    void dropPlan();

    const Azure::Clock &m_clock;
    QString m_progressDirectory;
    QPointer<Azure::TenantConnection> m_connection;
    Wizard::RunContext m_inputs;
    QPointer<Wizard::Plan> m_plan;
    QPointer<Wizard::Runner> m_runner;
    QString m_restoreNote;
};

} // namespace CrossKey::Ui
