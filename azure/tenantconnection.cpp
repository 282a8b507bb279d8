// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/tenantconnection.h"

#include "azure/restpipeline.h"

namespace CrossKey::Azure {

TenantConnection::TenantConnection(RestPipeline *pipeline, QString tenantId, QString userObjectId, QString username,
                                   QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_tenantId(std::move(tenantId))
    , m_userObjectId(std::move(userObjectId))
    , m_username(std::move(username))
{}

QNetworkAccessManager *TenantConnection::network() const
{
    return m_pipeline->network();
}

const Cloud &TenantConnection::cloud() const
{
    return m_pipeline->cloud();
}

} // namespace CrossKey::Azure
