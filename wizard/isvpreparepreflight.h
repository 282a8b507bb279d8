// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "wizard/runcontext.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// One reason the ISV prepare inputs cannot be used. `field` names the input at fault when there is one (the
// page shows the message beside it). `error` is InvalidInput for a bad choice; a Service/Network error when a
// check itself could not be made (then the run should not start either).
struct PreflightProblem
{
    std::optional<ContextField> field;
    Azure::AzureError error;
};

using PreflightProblems = QList<PreflightProblem>;

// IsvPreparePreflight checks the ISV prepare inputs against Azure's name rules and live data before anything
// is created: the subscription is visible; an existing resource group is in the chosen location; an AppId
// given is an app of this tenant (not unknown, not another tenant's app seen only as a service principal).
// It reads only. It finishes once, after start(), with every problem found (empty: go), and deletes itself.
class IsvPreparePreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvPreparePreflight)

public:
    // `isv` must outlive the job.
    IsvPreparePreflight(RunContext inputs, Azure::TenantConnection *isv, QObject *parent = nullptr);
    ~IsvPreparePreflight() override;

    // The offline part: required inputs present, names by Azure's rules, ids GUIDs.
    static PreflightProblems checkInputs(const RunContext &inputs);

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Wizard::PreflightProblems &problems);

private:
    template<typename Job, typename Handler>
    void run(Job *job, Handler handler);
    void next();
    void checkSubscription();
    void checkResourceGroup();
    void checkIdentity();
    void checkAppById(const QString &appId);
    void checkForeignApp(const QString &appId);
    void checkAppByName(const QString &name);
    void add(std::optional<ContextField> field, Azure::AzureError error);
    void finish();

    RunContext m_inputs;
    QPointer<Azure::TenantConnection> m_isv;
    PreflightProblems m_problems;
    QList<std::function<void()>> m_checks;
    std::function<void()> m_cancelCurrent;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::PreflightProblem)
Q_DECLARE_METATYPE(CrossKey::Wizard::PreflightProblems)
