// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Key Vault suites: Resource Manager plus vault tokens, a registered Microsoft.KeyVault
// in Fabrikam, vaults, role assignments and data-plane calls.

#include "sandboxarmclient.h"

#include <QUuid>

class SandboxKeyVaultClient : public SandboxArmClient
{
public:
    explicit SandboxKeyVaultClient(CrossKey::Sandbox::ServerOptions options = {})
        : SandboxArmClient(options)
    {}

    static QString tenant() { return QStringLiteral("fabrikam"); }
    static QString group() { return QStringLiteral("/resourceGroups/rg-crosskey-customer"); }
    static QString vaultPath(const QString &name, const QString &version = QStringLiteral("2023-07-01"))
    {
        return sub(tenant()) + group() + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name +
               QStringLiteral("?api-version=") + version;
    }
    static QString vaultId(const QString &name)
    {
        return sub(tenant()) + group() + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name;
    }

    // A Key Vault token (scope https://vault.azure.net/.default) for a demo user.
    QByteArray vaultToken(const QString &user, const QString &tenantName = tenant())
    {
        const QString domain = tenantName + QStringLiteral(".onmicrosoft.com");
        const QString code =
            http().signIn(domain, user + QLatin1Char('@') + domain,
                          QStringLiteral("openid offline_access https://vault.azure.net/.default"), kVerifier);
        return http().redeem(domain, code, kVerifier).json()[QStringLiteral("access_token")].toString().toLatin1();
    }

    QString userId(const QString &user, const QString &tenantName = tenant())
    {
        return CrossKey::Sandbox::Scenarios::userId(tenantName, user);
    }

    // Registers Microsoft.KeyVault in Fabrikam and lets the registration finish.
    void registerKeyVault(const QByteArray &armToken)
    {
        call("POST", sub(tenant()) + QStringLiteral("/providers/Microsoft.KeyVault/register?api-version=2024-03-01"),
             armToken);
        clock().advance(60);
    }

    static QJsonObject vaultBody(bool rbac, bool purgeProtection = true)
    {
        QJsonObject properties{
            {QStringLiteral("tenantId"), CrossKey::Sandbox::Scenarios::tenantId(tenant())},
            {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                                {QStringLiteral("name"), QStringLiteral("standard")}}},
            {QStringLiteral("enableRbacAuthorization"), rbac},
            {QStringLiteral("enableSoftDelete"), true},
            {QStringLiteral("softDeleteRetentionInDays"), 90}};
        if (purgeProtection) {
            properties.insert(QStringLiteral("enablePurgeProtection"), true);
        }
        return QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")},
                           {QStringLiteral("properties"), properties}};
    }

    // Creates a vault as admin@fabrikam (registering the namespace first); returns the PUT answer.
    HttpResult createVault(const QString &name, bool rbac, const QByteArray &armToken)
    {
        registerKeyVault(armToken);
        return call("PUT", vaultPath(name), armToken, vaultBody(rbac));
    }

    HttpResult assignRole(const QString &scope, const QString &roleGuid, const QString &principalId,
                          const QByteArray &armToken)
    {
        const QJsonObject body{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("roleDefinitionId"),
                          QString(sub(tenant()) +
                                  QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + roleGuid)},
                         {QStringLiteral("principalId"), principalId},
                         {QStringLiteral("principalType"), QStringLiteral("User")}}}};
        return call("PUT",
                    scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                        QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("?api-version=2022-04-01"),
                    armToken, body);
    }

    // A data-plane call: /vaults/{vault}/{path}?api-version=7.5 (path may carry its own query).
    HttpResult kv(const QByteArray &method, const QString &vault, const QString &path, const QByteArray &token,
                  const QJsonObject &body = {}, const QString &apiVersion = QStringLiteral("7.5"))
    {
        const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-client-request-id", "kv-client-1"}};
        if (!token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + token});
        }
        const QString query =
            apiVersion.isEmpty() ? QString() : separator + QStringLiteral("api-version=") + apiVersion;
        return http().send(method, QStringLiteral("/vaults/") + vault + QLatin1Char('/') + path + query,
                           body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           "application/json", headers);
    }

    static QString innerCode(const HttpResult &result)
    {
        return result.json()[QStringLiteral("error")][QStringLiteral("innererror")][QStringLiteral("code")].toString();
    }

    static constexpr const char *cryptoOfficer = "14b46e9e-c2b7-41b4-b07b-48a6ebf60603";
    static constexpr const char *serviceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
    static constexpr const char *reader = "21090545-7ca7-4776-b22c-e363652d74d2";
    static constexpr const char *administrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
};
