// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "azure/graphclient.h"
#include "azure/keyvaultclient.h"
#include "azure/resourcemanagerclient.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class RestPipeline;

// TenantConnection is what acting in one tenant needs: the cloud, the tenant id, who is signed in, and the
// typed clients, all over one RestPipeline whose token source belongs to that tenant's account. Steps hold a
// pointer to it; the app builds one per signed-in tenant (tests build one over a pipeline of their own).
class TenantConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantConnection)

public:
    // `pipeline` must outlive the connection. `userObjectId` is the signed-in user's object id (for role
    // assignments to oneself); `username` is shown, never used to decide anything.
    TenantConnection(RestPipeline *pipeline, QString tenantId, QString userObjectId = {}, QString username = {},
                     QObject *parent = nullptr);

    RestPipeline *pipeline() const { return m_pipeline; }
    QNetworkAccessManager *network() const;
    const Cloud &cloud() const;
    QString tenantId() const { return m_tenantId; }
    QString userObjectId() const { return m_userObjectId; }
    QString username() const { return m_username; }

    GraphClient graph() const { return GraphClient(m_pipeline); }
    ResourceManagerClient arm() const { return ResourceManagerClient(m_pipeline); }
    KeyVaultClient keyVault(const QUrl &vaultUri) const { return KeyVaultClient(m_pipeline, vaultUri); }

private:
    RestPipeline *m_pipeline;
    QString m_tenantId;
    QString m_userObjectId;
    QString m_username;
};

} // namespace CrossKey::Azure
