// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/isvpreparesession.h"

#include "azure/tenantconnection.h"
#include "wizard/invitation.h"
#include "wizard/isvprepareplan.h"
#include "wizard/plan.h"
#include "wizard/progressstore.h"
#include "wizard/runner.h"

namespace CrossKey::Ui {

IsvPrepareSession::IsvPrepareSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_progressDirectory(std::move(progressDirectory))
{}

IsvPrepareSession::~IsvPrepareSession()
{
    dropPlan();
}

void IsvPrepareSession::setConnection(Azure::TenantConnection *connection)
{
    m_connection = connection;
    dropPlan();
    if (connection) {
        m_inputs.cloud = Wizard::Invitation::cloudNameFor(connection->cloud());
        m_inputs.tenantId = connection->tenantId();
    } else {
        m_inputs.cloud.reset();
        m_inputs.tenantId.reset();
    }
    Q_EMIT connectionChanged();
    Q_EMIT inputsChanged();
}

void IsvPrepareSession::setInput(Wizard::ContextField field, const QString &value)
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

void IsvPrepareSession::clearInput(Wizard::ContextField field)
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

Wizard::Plan *IsvPrepareSession::rebuildPlan()
{
    dropPlan();
    if (m_connection) {
        m_plan = Wizard::IsvPrepare::createPlan(m_inputs, m_connection, this);
    }
    return m_plan;
}

Wizard::Runner *IsvPrepareSession::runner()
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

void IsvPrepareSession::dropPlan()
{
    // The runner refers to the plan: it goes first.
    delete m_runner.data();
    delete m_plan.data();
}

} // namespace CrossKey::Ui
