// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storagestatecodec.h"

#include "sandbox/codecfields.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

using namespace CodecFields;

QJsonObject accountToJson(const StorageAccount &a)
{
    return QJsonObject{{QStringLiteral("subscriptionId"), a.subscriptionId},
                       {QStringLiteral("resourceGroup"), a.resourceGroup},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("location"), a.location},
                       {QStringLiteral("kind"), a.kind},
                       {QStringLiteral("skuName"), a.skuName},
                       {QStringLiteral("tags"), a.tags},
                       {QStringLiteral("tenantId"), a.tenantId},
                       {QStringLiteral("identityType"), a.identityType},
                       {QStringLiteral("userAssignedIdentities"), QJsonArray::fromStringList(a.userAssignedIdentities)},
                       {QStringLiteral("keySource"), a.keySource},
                       {QStringLiteral("keyVaultUri"), a.keyVaultUri},
                       {QStringLiteral("keyName"), a.keyName},
                       {QStringLiteral("keyVersion"), a.keyVersion},
                       {QStringLiteral("currentKeyVersion"), a.currentKeyVersion},
                       {QStringLiteral("lastKeyRotation"), time(a.lastKeyRotation)},
                       {QStringLiteral("lastVersionCheck"), time(a.lastVersionCheck)},
                       {QStringLiteral("encryptionIdentity"), a.encryptionIdentity},
                       {QStringLiteral("federatedClientId"), a.federatedClientId},
                       {QStringLiteral("requireInfrastructureEncryption"), a.requireInfrastructureEncryption},
                       {QStringLiteral("provisioningState"), a.provisioningState},
                       {QStringLiteral("operationId"), a.operationId},
                       {QStringLiteral("createdAt"), time(a.createdAt)},
                       {QStringLiteral("keyCachedUntil"), time(a.keyCachedUntil)}};
}

StorageAccount accountFromJson(const QJsonObject &o)
{
    StorageAccount a;
    a.subscriptionId = s(o, "subscriptionId");
    a.resourceGroup = s(o, "resourceGroup");
    a.name = s(o, "name");
    a.location = s(o, "location");
    a.kind = s(o, "kind");
    a.skuName = s(o, "skuName");
    a.tags = o.value(QStringLiteral("tags")).toObject();
    a.tenantId = s(o, "tenantId");
    a.identityType = s(o, "identityType");
    for (const QJsonValue &id : o.value(QStringLiteral("userAssignedIdentities")).toArray()) {
        a.userAssignedIdentities.append(id.toString());
    }
    a.keySource = s(o, "keySource");
    a.keyVaultUri = s(o, "keyVaultUri");
    a.keyName = s(o, "keyName");
    a.keyVersion = s(o, "keyVersion");
    a.currentKeyVersion = s(o, "currentKeyVersion");
    a.lastKeyRotation = time(o.value(QStringLiteral("lastKeyRotation")));
    a.lastVersionCheck = time(o.value(QStringLiteral("lastVersionCheck")));
    a.encryptionIdentity = s(o, "encryptionIdentity");
    a.federatedClientId = s(o, "federatedClientId");
    a.requireInfrastructureEncryption = o.value(QStringLiteral("requireInfrastructureEncryption")).toBool();
    a.provisioningState = s(o, "provisioningState");
    a.operationId = s(o, "operationId");
    a.createdAt = time(o.value(QStringLiteral("createdAt")));
    a.keyCachedUntil = time(o.value(QStringLiteral("keyCachedUntil")));
    return a;
}

} // namespace

QJsonObject StorageStateCodec::toJson(const StorageState &state)
{
    QJsonArray accounts;
    for (const StorageAccount &account : state.accounts) {
        accounts.append(accountToJson(account));
    }
    QJsonArray containers;
    for (const BlobContainer &c : state.containers) {
        containers.append(QJsonObject{{QStringLiteral("account"), c.account},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("createdAt"), time(c.createdAt)}});
    }
    QJsonArray blobs;
    for (const Blob &b : state.blobs) {
        blobs.append(QJsonObject{{QStringLiteral("account"), b.account},
                                 {QStringLiteral("container"), b.container},
                                 {QStringLiteral("name"), b.name},
                                 {QStringLiteral("content"), QString::fromLatin1(b.content.toBase64())},
                                 {QStringLiteral("contentType"), b.contentType},
                                 {QStringLiteral("lastModified"), time(b.lastModified)}});
    }
    return QJsonObject{{QStringLiteral("accounts"), accounts},
                       {QStringLiteral("containers"), containers},
                       {QStringLiteral("blobs"), blobs}};
}

StorageState StorageStateCodec::fromJson(const QJsonObject &json)
{
    StorageState state;
    for (const QJsonValue &value : json.value(QStringLiteral("accounts")).toArray()) {
        state.accounts.append(accountFromJson(value.toObject()));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("containers")).toArray()) {
        const QJsonObject o = value.toObject();
        state.containers.append(
            BlobContainer{s(o, "account"), s(o, "name"), time(o.value(QStringLiteral("createdAt")))});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("blobs")).toArray()) {
        const QJsonObject o = value.toObject();
        state.blobs.append(Blob{s(o, "account"), s(o, "container"), s(o, "name"),
                                QByteArray::fromBase64(s(o, "content").toLatin1()), s(o, "contentType"),
                                time(o.value(QStringLiteral("lastModified")))});
    }
    return state;
}

} // namespace CrossKey::Sandbox
