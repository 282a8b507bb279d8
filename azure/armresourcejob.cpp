// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/armresourcejob.h"

#include "azure/lrojob.h"

namespace CrossKey::Azure {

ArmResourceJob::ArmResourceJob(LroJob *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    connect(call, &LroJob::finished, this, &ArmResourceJob::read);
}

ArmResourceJob::~ArmResourceJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void ArmResourceJob::start()
{
    if (m_call) {
        m_call->start();
    }
}

void ArmResourceJob::cancel()
{
    if (m_call) {
        m_call->cancel(); // finishes with Cancelled through read()
    }
}

void ArmResourceJob::read(const RestResult &result)
{
    m_call = nullptr;
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result ? ArmResource::fromJson(result.value().json) : ArmResourceResult(result.error()));
    deleteLater();
}

} // namespace CrossKey::Azure
