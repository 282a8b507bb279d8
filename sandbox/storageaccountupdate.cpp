// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storageaccountupdate.h"

#include "sandbox/armerrors.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

namespace {
const QString kWrite = QStringLiteral("Microsoft.Storage/storageAccounts/write");
const QString kAssign = QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action");

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

std::optional<Response> StorageAccountUpdate::applyIdentity(const ArmCall &call, const QJsonObject &identity,
                                                            StorageAccount *account) const
{
    QString type = identity.value(QStringLiteral("type")).toString();
    type.remove(QLatin1Char(' '));
    const QStringList types{QStringLiteral("None"), QStringLiteral("SystemAssigned"), QStringLiteral("UserAssigned"),
                            QStringLiteral("SystemAssigned,UserAssigned")};
    qsizetype known = -1;
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (same(types.at(i), type)) {
            known = i;
        }
    }
    if (known < 0) {
        return ArmErrors::error(400, QStringLiteral("InvalidIdentityType"),
                                QStringLiteral("The identity type '%1' is not supported. Supported values are 'None', "
                                               "'SystemAssigned', 'UserAssigned' and 'SystemAssigned,UserAssigned'.")
                                    .arg(identity.value(QStringLiteral("type")).toString()));
    }
    const bool userAssigned = types.at(known).contains(QLatin1String("UserAssigned"));
    const QJsonObject assigned = identity.value(QStringLiteral("userAssignedIdentities")).toObject();
    QStringList ids = userAssigned ? account->userAssignedIdentities : QStringList{};
    if (userAssigned && !assigned.isEmpty()) {
        ids = assigned.keys();
    }
    if (userAssigned && ids.size() != 1) {
        // The spec allows one user-assigned identity per account (CONTRACTS.md §3.9) [unverified text].
        return ArmErrors::error(400, QStringLiteral("InvalidIdentity"),
                                QStringLiteral("Exactly one user assigned identity is supported for a storage "
                                               "account."));
    }
    const QString scope = account->id();
    for (const QString &id : std::as_const(ids)) {
        if (account->userAssignedIdentities.contains(id, Qt::CaseInsensitive)) {
            continue;
        }
        bool exists = false;
        for (const UserAssignedIdentity &candidate : m_context.world.resourceManager().identities) {
            exists = exists || same(candidate.id(), id);
        }
        if (!exists) {
            return ArmErrors::error(400, QStringLiteral("FailedIdentityOperation"),
                                    QStringLiteral("Identity operation for resource '%1' failed with error 'Resource "
                                                   "'%2' was not found.'.")
                                        .arg(scope, id));
        }
        if (auto denied = m_rbac.requireLinked(call.caller, kWrite, scope, kAssign, id)) {
            return denied;
        }
    }
    account->identityType = types.at(known);
    account->userAssignedIdentities = ids;
    return std::nullopt;
}

std::optional<Response> StorageAccountUpdate::applyEncryption(const QJsonObject &encryption, StorageAccount *account)
{
    const QString keySource = encryption.value(QStringLiteral("keySource")).toString();
    if (keySource.isEmpty()) {
        return std::nullopt; // services only: the key source stays (recording StorageAccountCMKTest)
    }
    if (same(keySource, QStringLiteral("Microsoft.Storage"))) {
        account->keySource = QStringLiteral("Microsoft.Storage");
        account->keyVaultUri.clear();
        account->keyName.clear();
        account->keyVersion.clear();
        account->currentKeyVersion.clear();
        account->lastKeyRotation = {};
        account->encryptionIdentity.clear();
        account->federatedClientId.clear();
        return std::nullopt;
    }
    if (!same(keySource, QStringLiteral("Microsoft.Keyvault"))) {
        return ArmErrors::error(400, QStringLiteral("UnknownEncryptionKeySource"),
                                QStringLiteral("The encryption keySource '%1' is not supported.").arg(keySource));
    }
    const QJsonObject properties = encryption.value(QStringLiteral("keyvaultproperties")).toObject();
    if (properties.isEmpty() && !account->usesCustomerKey()) {
        return ArmErrors::error(400, QStringLiteral("MissingKeyvaultProperties"),
                                QStringLiteral("The encryption keyvault properties are missing from the request."));
    }
    account->keySource = QStringLiteral("Microsoft.Keyvault");
    if (!properties.isEmpty()) {
        account->keyVaultUri = properties.value(QStringLiteral("keyvaulturi")).toString();
        account->keyName = properties.value(QStringLiteral("keyname")).toString();
        account->keyVersion = properties.value(QStringLiteral("keyversion")).toString();
        if (account->keyVaultUri.isEmpty() || account->keyName.isEmpty()) {
            return ArmErrors::error(400, QStringLiteral("MissingKeyvaultProperties"),
                                    QStringLiteral("The encryption keyvault properties are missing from the "
                                                   "request."));
        }
    }
    const QJsonObject identity = encryption.value(QStringLiteral("identity")).toObject();
    if (identity.contains(QStringLiteral("userAssignedIdentity"))) {
        account->encryptionIdentity = identity.value(QStringLiteral("userAssignedIdentity")).toString();
    }
    if (identity.contains(QStringLiteral("federatedIdentityClientId"))) {
        account->federatedClientId = identity.value(QStringLiteral("federatedIdentityClientId")).toString();
        if (same(account->federatedClientId, QStringLiteral("None"))) {
            account->federatedClientId.clear();
        }
    }
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
