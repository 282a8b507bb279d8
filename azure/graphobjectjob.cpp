// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/graphobjectjob.h"

#include "azure/restjob.h"

namespace CrossKey::Azure {

GraphObjectJob::GraphObjectJob(RestJob *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    connect(call, &RestJob::finished, this, &GraphObjectJob::read);
}

GraphObjectJob::~GraphObjectJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void GraphObjectJob::start()
{
    if (m_call) {
        m_call->start();
    }
}

void GraphObjectJob::cancel()
{
    if (m_call) {
        m_call->cancel(); // finishes with Cancelled through read()
    }
}

void GraphObjectJob::read(const RestResult &result)
{
    m_call = nullptr;
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result ? GraphObject::fromJson(result.value().json) : GraphObjectResult(result.error()));
    deleteLater();
}

} // namespace CrossKey::Azure
