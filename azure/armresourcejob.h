// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/armresource.h"
#include "azure/restresponse.h"

#include <QObject>
#include <QPointer>

namespace CrossKey::Azure {

class LroJob;

// ArmResourceJob is one Resource Manager call whose answer is a resource (create, get), run as an LroJob so a
// resource still provisioning is polled to the end (CONTRACTS.md §0), and parsed into an ArmResource. It
// finishes once, after start(), and deletes itself.
class ArmResourceJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmResourceJob)

public:
    explicit ArmResourceJob(LroJob *call, QObject *parent = nullptr);
    ~ArmResourceJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::ArmResourceResult &result);

private:
    void read(const RestResult &result);

    QPointer<LroJob> m_call;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
