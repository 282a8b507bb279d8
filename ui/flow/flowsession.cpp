// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowsession.h"

#include "azure/tenantconnection.h"
#include "wizard/invitation.h"
#include "wizard/plan.h"
#include "wizard/progressstore.h"
#include "wizard/runner.h"

namespace CrossKey::Ui {

FlowSession::FlowSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_progressDirectory(std::move(progressDirectory))
{}

FlowSession::~FlowSession()
{
    dropPlan();
}

void FlowSession::setConnection(Azure::TenantConnection *connection)
{
    m_connection = connection;
    dropPlan();
    readConnection(connection, m_inputs);
    Q_EMIT connectionChanged();
    Q_EMIT inputsChanged();
}

void FlowSession::readConnection(Azure::TenantConnection *connection, Wizard::RunContext &inputs)
{
    if (connection) {
        inputs.cloud = Wizard::Invitation::cloudNameFor(connection->cloud());
        inputs.tenantId = connection->tenantId();
    } else {
        inputs.cloud.reset();
        inputs.tenantId.reset();
    }
}

void FlowSession::setInput(Wizard::ContextField field, const QString &value)
{
    if (value.isEmpty()) {
        clearInput(field);
        return;
    }
    if (m_inputs.value(field) == value) {
        return;
    }
    m_inputs.set(field, value);
    dropPlan();
    Q_EMIT inputsChanged();
}

void FlowSession::clearInput(Wizard::ContextField field)
{
    if (!m_inputs.has(field)) {
        return;
    }
    // RunContext has no "unset"; rebuild it without the field.
    Wizard::RunContext kept;
    for (const Wizard::ContextField other : m_inputs.fieldsSet()) {
        if (other != field) {
            kept.set(other, m_inputs.value(other).value_or(QString()));
        }
    }
    m_inputs = kept;
    dropPlan();
    Q_EMIT inputsChanged();
}

Wizard::Plan *FlowSession::rebuildPlan()
{
    dropPlan();
    if (m_connection) {
        m_plan = createPlan(m_inputs, m_connection);
    }
    return m_plan;
}

Wizard::Runner *FlowSession::runner()
{
    if (m_runner || !m_plan) {
        return m_runner;
    }
    std::optional<Wizard::ProgressStore> store;
    if (!m_progressDirectory.isEmpty()) {
        store.emplace(m_progressDirectory);
    }
    m_runner = new Wizard::Runner(*m_plan, m_clock, store, this);
    const Azure::Result<int> restored = m_runner->restore();
    if (!restored) {
        m_restoreNote = restored.error().summary();
    } else if (restored.value() > 0) {
        m_restoreNote = tr("%n step(s) were already complete from an earlier run.", nullptr, restored.value());
    } else {
        m_restoreNote.clear();
    }
    Q_EMIT runnerCreated(m_runner);
    return m_runner;
}

void FlowSession::dropPlan()
{
    // The runner refers to the plan: it goes first.
    delete m_runner.data();
    delete m_plan.data();
}

} // namespace CrossKey::Ui
