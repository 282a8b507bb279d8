// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace CrossKey::Wizard {

// KeyVaultRoles holds the Key Vault built-in roles the customer steps assign or accept (CONTRACTS.md §3.8), and
// the rules for reading role assignment lists: role GUIDs compared by trailing GUID, scopes compared as ARM ids.
class KeyVaultRoles final
{
    Q_DECLARE_TR_FUNCTIONS(KeyVaultRoles)

public:
    KeyVaultRoles() = delete;

    static constexpr QLatin1String kCryptoServiceEncryptionUser{"e147488a-f6f5-4113-8e2d-b22465e65bf6"};
    static constexpr QLatin1String kCryptoOfficer{"14b46e9e-c2b7-41b4-b07b-48a6ebf60603"};
    static constexpr QLatin1String kCryptoUser{"12338af0-0e69-4776-bea7-57ae8d297424"};
    static constexpr QLatin1String kAdministrator{"00482a5a-887f-4fb3-b363-3b7fe8e74483"};

    // Roles whose data actions include keys read, wrap and unwrap: enough for Storage to use the key.
    static QStringList keyUseRoles();
    // Roles whose data actions let a person create keys.
    static QStringList keyManagementRoles();
    // "Key Vault Crypto Officer" …, for evidence; the GUID itself when unknown.
    static QString displayName(const QString &roleGuid);

    // /subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{guid}
    static QString definitionId(const QString &subscriptionId, const QString &roleGuid);
    // The trailing GUID of a role definition id, lower-case.
    static QString roleGuidOf(const QString &roleDefinitionId);
    // The subscription id in an ARM id ("/subscriptions/{sub}/…"), or empty.
    static QString subscriptionOf(const QString &armId);
    // {vaultId}/keys/{keyName}: the least-privilege scope for the app's grant (§3.8).
    static QString keyScope(const QString &vaultId, const QString &keyName);
    // Whether an assignment at `assignmentScope` applies to `scope` (same or an ancestor), compared as ARM ids.
    static bool scopeCovers(const QString &assignmentScope, const QString &scope);
    // A deterministic assignment name (UUID v5 of scope, role and principal), so a re-run PUTs the same one.
    static QString assignmentName(const QString &scope, const QString &roleGuid, const QString &principalId);

    // The first of `assignments` (a role assignment list) for `principalId` with one of `roleGuids` that applies
    // to `scope`. An empty `principalId` takes any principal: a list filtered with assignedTo() holds the user's
    // groups' assignments too, under the groups' ids.
    static std::optional<QJsonObject> find(const QJsonArray &assignments, const QString &principalId,
                                           const QStringList &roleGuids, const QString &scope);
};

} // namespace CrossKey::Wizard
