// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the storage suites: Resource Manager and Storage tokens, the demo account's paths and
// the bind body of CONTRACTS.md §3.9.

#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "sandboxarmclient.h"

class SandboxStorageClient : public SandboxArmClient
{
public:
    explicit SandboxStorageClient(const QString &scenario, CrossKey::Sandbox::ServerOptions options = {})
        : SandboxArmClient(withScenario(options, scenario))
    {}

    QByteArray storageToken(const QString &user, const QString &tenant = QStringLiteral("contosoisv"))
    {
        const QString domain = tenant + QStringLiteral(".onmicrosoft.com");
        const QString code = http().signIn(domain, user + QLatin1Char('@') + domain,
                                           QStringLiteral("openid https://storage.azure.com/.default"), kVerifier);
        return http().redeem(domain, code, kVerifier).json()[QStringLiteral("access_token")].toString().toLatin1();
    }

    static QString accountPath(const QString &name = CrossKey::Sandbox::StorageScenarios::accountName(),
                               const QString &version = QStringLiteral("2023-05-01"))
    {
        return sub() + QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/Microsoft.Storage/storageAccounts/") +
               name + QStringLiteral("?api-version=") + version;
    }
    static QString identityId()
    {
        return sub() +
               QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/Microsoft.ManagedIdentity/"
                              "userAssignedIdentities/") +
               CrossKey::Sandbox::StorageScenarios::identityName();
    }
    QString vaultUri() const
    {
        return m_base + QStringLiteral("/vaults/") + CrossKey::Sandbox::StorageScenarios::vaultName();
    }
    QJsonObject encryption(const QString &keyName = CrossKey::Sandbox::StorageScenarios::keyName(),
                           const QString &keyVersion = {}) const
    {
        return QJsonObject{
            {QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")},
            {QStringLiteral("keyvaultproperties"), QJsonObject{{QStringLiteral("keyvaulturi"), vaultUri()},
                                                               {QStringLiteral("keyname"), keyName},
                                                               {QStringLiteral("keyversion"), keyVersion}}},
            {QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("userAssignedIdentity"), identityId()},
                         {QStringLiteral("federatedIdentityClientId"), CrossKey::Sandbox::StorageScenarios::appId()}}}};
    }
    // The spec example's bind body: the identity and the key in one PATCH.
    QJsonObject bindBody(const QString &keyVersion = {}) const
    {
        return QJsonObject{
            {QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")},
                         {QStringLiteral("userAssignedIdentities"), QJsonObject{{identityId(), QJsonObject{}}}}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("encryption"),
                          encryption(CrossKey::Sandbox::StorageScenarios::keyName(), keyVersion)}}}};
    }
    QJsonObject encryptionBody(const QJsonObject &encryption) const
    {
        return QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("encryption"), encryption}}}};
    }
    HttpResult blob(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body = {})
    {
        return http().send(
            method, QStringLiteral("/blob/") + CrossKey::Sandbox::StorageScenarios::accountName() + path, body,
            "text/plain",
            {{"Authorization", "Bearer " + token}, {"x-ms-version", "2023-11-03"}, {"x-ms-blob-type", "BlockBlob"}});
    }
    CrossKey::Sandbox::KeyVersion &key(const QString &name = CrossKey::Sandbox::StorageScenarios::keyName())
    {
        CrossKey::Sandbox::KeyVersion *latest = nullptr;
        for (CrossKey::Sandbox::KeyVersion &candidate : server().world().editKeyVault().keys) {
            if (candidate.keyName == name) {
                latest = &candidate;
            }
        }
        return *latest;
    }

private:
    static CrossKey::Sandbox::ServerOptions withScenario(CrossKey::Sandbox::ServerOptions options,
                                                         const QString &scenario)
    {
        options.scenario = scenario;
        return options;
    }
    QString m_base = server().baseUrl().toString();
};
