// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armstorageaccounts.h"

#include "sandbox/armbody.h"
#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/armproviders.h"
#include "sandbox/armscope.h"
#include "sandbox/servicecontext.h"
#include "sandbox/storageaccountjson.h"
#include "sandbox/storageaccountupdate.h"
#include "sandbox/storageencryption.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace CrossKey::Sandbox {

namespace {
const QString kNamespace = QStringLiteral("Microsoft.Storage");
const QString kRead = QStringLiteral("Microsoft.Storage/storageAccounts/read");
const QString kWrite = QStringLiteral("Microsoft.Storage/storageAccounts/write");
const QString kDelete = QStringLiteral("Microsoft.Storage/storageAccounts/delete");
const QString kCreateKind = QStringLiteral("StorageAccountCreate");

QString scopeOf(const QString &subscriptionId, const QString &group, const QString &name)
{
    StorageAccount account;
    account.subscriptionId = subscriptionId;
    account.resourceGroup = group;
    account.name = name;
    return account.id();
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{3,24}$"));
    return pattern.match(name).hasMatch();
}

QString invalidNameMessage(const QString &name)
{
    return QStringLiteral("%1 is not a valid storage account name. Storage account name must be between 3 and 24 "
                          "characters in length and use numbers and lower-case letters only.")
        .arg(name);
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

qsizetype ArmStorageAccounts::indexOf(const QString &name) const
{
    const QList<StorageAccount> &accounts = m_context.world.storage().accounts;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (same(accounts.at(i).name, name)) {
            return i;
        }
    }
    return -1;
}

Response ArmStorageAccounts::account(const ArmCall &call)
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString name = call.arg(QStringLiteral("accountName"));
    const QByteArray method = call.request.method;
    if (method != "GET" && method != "PUT" && method != "PATCH" && method != "DELETE") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(method)));
    }
    const QString scope = scopeOf(call.subscription->id, group, name);
    const QString action = method == "GET" ? kRead : method == "DELETE" ? kDelete : kWrite;
    if (auto denied = m_rbac.require(call.caller, action, scope)) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    const qsizetype index = indexOf(name);
    const StorageAccount *found = index >= 0 ? &m_context.world.storage().accounts.at(index) : nullptr;
    const bool here = found && found->subscriptionId == call.subscription->id && same(found->resourceGroup, group);
    if (method == "GET") {
        return here ? Response::json(StorageAccountJson::toJson(*found, m_context))
                    : ArmErrors::resourceNotFound(QStringLiteral("Microsoft.Storage/storageAccounts"), name, group);
    }
    if (method == "DELETE") {
        if (!here) {
            return Response::empty(204);
        }
        const QString accountName = found->name;
        StorageState &state = m_context.world.editStorage();
        state.accounts.removeAt(index);
        state.containers.removeIf([&](const BlobContainer &c) { return same(c.account, accountName); });
        state.blobs.removeIf([&](const Blob &b) { return same(b.account, accountName); });
        return Response::empty(200);
    }
    QJsonObject body;
    if (auto failure = ArmBody::parse(call.request.body, &body, method == "PATCH")) {
        return *failure;
    }
    if (method == "PUT" && !found) {
        return create(call, group, name, body);
    }
    if (!here) {
        if (method == "PATCH") {
            return ArmErrors::resourceNotFound(QStringLiteral("Microsoft.Storage/storageAccounts"), name, group);
        }
        return found->subscriptionId == call.subscription->id
                   ? ArmErrors::error(409, QStringLiteral("StorageAccountAlreadyExists"),
                                      QStringLiteral("The storage account named %1 already exists under the "
                                                     "subscription.")
                                          .arg(name))
                   : ArmErrors::error(409, QStringLiteral("StorageAccountAlreadyTaken"),
                                      QStringLiteral("The storage account named %1 is already taken.").arg(name));
    }
    if (!found->operationId.isEmpty()) {
        return ArmErrors::error(409, QStringLiteral("StorageAccountOperationInProgress"),
                                QStringLiteral("An operation is currently performing on this storage account that "
                                               "requires exclusive access."));
    }
    StorageAccount updated = *found;
    if (auto failure = apply(call, body, &updated, false)) {
        return *failure;
    }
    m_context.world.editStorage().accounts[index] = updated;
    return Response::json(StorageAccountJson::toJson(updated, m_context));
}

Response ArmStorageAccounts::create(const ArmCall &call, const QString &group, const QString &name,
                                    const QJsonObject &body)
{
    if (!validName(name)) {
        return ArmErrors::error(400, QStringLiteral("AccountNameInvalid"), invalidNameMessage(name));
    }
    StorageAccount account;
    account.subscriptionId = call.subscription->id;
    account.resourceGroup = group;
    account.name = name;
    account.tenantId = call.subscription->tenantId;
    account.createdAt = m_context.now();
    QString location;
    QJsonObject sku;
    if (auto failure = ArmBody::string(body, QStringLiteral("location"), QStringLiteral("location"), &location)) {
        return *failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("sku"), QStringLiteral("sku"), &sku)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(body, QStringLiteral("kind"), QStringLiteral("kind"), &account.kind)) {
        return *failure;
    }
    if (auto failure = ArmBody::tags(body, &account.tags)) {
        return *failure;
    }
    if (location.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("LocationRequired"),
                                QStringLiteral("The location property is required for this definition."));
    }
    account.location = ArmCatalog::normalizeLocation(location);
    if (!call.subscription->locations.contains(account.location)) {
        return ArmErrors::error(400, QStringLiteral("LocationNotAvailableForResourceType"),
                                QStringLiteral("The provided location '%1' is not available for resource type "
                                               "'Microsoft.Storage/storageAccounts'.")
                                    .arg(location));
    }
    account.skuName = sku.value(QStringLiteral("name")).toString();
    if (account.skuName.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("MissingRequiredProperty"),
                                QStringLiteral("The required property 'sku' is missing from the request."));
    }
    if (account.kind.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("MissingRequiredProperty"),
                                QStringLiteral("The required property 'kind' is missing from the request."));
    }
    if (auto failure = apply(call, body, &account, true)) {
        return *failure;
    }
    const ArmOperation operation = m_lro.start(call.subscription->id, kCreateKind, name);
    account.provisioningState = QStringLiteral("Creating");
    account.operationId = operation.id;
    m_context.world.editStorage().accounts.append(account);
    return accepted(operation, account.location, call.apiVersion);
}

std::optional<Response> ArmStorageAccounts::apply(const ArmCall &call, const QJsonObject &body, StorageAccount *account,
                                                  bool creating) const
{
    QJsonObject identity;
    QJsonObject properties;
    QJsonObject encryption;
    if (auto failure = ArmBody::object(body, QStringLiteral("identity"), QStringLiteral("identity"), &identity)) {
        return failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("properties"), QStringLiteral("properties"), &properties)) {
        return failure;
    }
    if (auto failure = ArmBody::object(properties, QStringLiteral("encryption"),
                                       QStringLiteral("properties.encryption"), &encryption)) {
        return failure;
    }
    if (QJsonObject tags; body.contains(QStringLiteral("tags")) && !creating) {
        if (auto failure = ArmBody::tags(body, &tags)) {
            return failure;
        }
        account->tags = tags;
    }
    if (!identity.isEmpty()) {
        if (auto failure = StorageAccountUpdate(m_context, m_rbac).applyIdentity(call, identity, account)) {
            return failure;
        }
    }
    if (encryption.isEmpty()) {
        return std::nullopt;
    }
    if (creating && encryption.contains(QStringLiteral("requireInfrastructureEncryption"))) {
        account->requireInfrastructureEncryption =
            encryption.value(QStringLiteral("requireInfrastructureEncryption")).toBool();
    } else if (!creating && encryption.contains(QStringLiteral("requireInfrastructureEncryption")) &&
               encryption.value(QStringLiteral("requireInfrastructureEncryption")).toBool() !=
                   account->requireInfrastructureEncryption) {
        return ArmErrors::error(400, QStringLiteral("AccountPropertyCannotBeUpdated"),
                                QStringLiteral("The property 'requireInfrastructureEncryption' was specified in the "
                                               "input, but it cannot be updated as it is read-only. For more "
                                               "information, see - https://aka.ms/storageaccountupdate"));
    }
    const StorageAccount before = *account;
    if (auto failure = StorageAccountUpdate::applyEncryption(encryption, account)) {
        return failure;
    }
    if (!account->usesCustomerKey() || !encryption.contains(QStringLiteral("keySource"))) {
        return std::nullopt;
    }
    // An account already on a customer key may not change its identity and its key in one request
    // (ERRORS.md 16) [unverified code].
    const bool identityChanged = !same(before.encryptionIdentity, account->encryptionIdentity) ||
                                 !same(before.federatedClientId, account->federatedClientId);
    const bool keyChanged = !same(before.keyVaultUri, account->keyVaultUri) || !same(before.keyName, account->keyName);
    if (before.usesCustomerKey() && identityChanged && keyChanged) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The properties 'encryption.identity, encryption.keyvaultproperties' "
                                               "cannot be updated in a single operation."));
    }
    if (account->identityType == QLatin1String("None") && account->encryptionIdentity.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("Identity property or identity type property should not be null while "
                                               "updating Encryption properties."));
    }
    const KeyVersion *key = nullptr;
    if (auto failure = StorageEncryption(m_context).check(*account, &key)) {
        return failure->armResponse();
    }
    const QDateTime now = m_context.now();
    if (key->version != account->currentKeyVersion) {
        account->currentKeyVersion = key->version;
        account->lastKeyRotation = now;
    }
    account->lastVersionCheck = now;
    account->keyCachedUntil = now.addMSecs(m_context.options.storageKeyCacheMs);
    return std::nullopt;
}

Response ArmStorageAccounts::listByGroup(const ArmCall &call) const
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString scope = call.subscriptionScope() + QStringLiteral("/resourceGroups/") + group;
    if (auto denied = m_rbac.require(call.caller, kRead, scope)) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    QJsonArray value;
    for (const StorageAccount &account : m_context.world.storage().accounts) {
        if (account.subscriptionId == call.subscription->id && same(account.resourceGroup, group)) {
            value.append(StorageAccountJson::toJson(account, m_context));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmStorageAccounts::listBySubscription(const ArmCall &call) const
{
    QJsonArray value;
    for (const StorageAccount &account : m_context.world.storage().accounts) {
        if (account.subscriptionId == call.subscription->id &&
            m_rbac.allows(call.caller.objectId, kRead, account.id())) {
            value.append(StorageAccountJson::toJson(account, m_context));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmStorageAccounts::checkNameAvailability(const ArmCall &call) const
{
    if (!m_rbac.hasAnyRole(call.caller.objectId, call.subscriptionScope())) {
        return ArmErrors::authorizationFailed(
            call.caller, QStringLiteral("Microsoft.Storage/checknameavailability/read"), call.subscriptionScope());
    }
    QJsonObject body;
    if (auto failure = ArmBody::parse(call.request.body, &body, false)) {
        return *failure;
    }
    const QString name = body.value(QStringLiteral("name")).toString();
    if (!validName(name)) {
        return Response::json(QJsonObject{{QStringLiteral("nameAvailable"), false},
                                          {QStringLiteral("reason"), QStringLiteral("AccountNameInvalid")},
                                          {QStringLiteral("message"), invalidNameMessage(name)}});
    }
    if (indexOf(name) >= 0) {
        return Response::json(QJsonObject{
            {QStringLiteral("nameAvailable"), false},
            {QStringLiteral("reason"), QStringLiteral("AlreadyExists")},
            {QStringLiteral("message"), QStringLiteral("The storage account named %1 is already taken.").arg(name)}});
    }
    return Response::json(QJsonObject{{QStringLiteral("nameAvailable"), true}});
}

Response ArmStorageAccounts::accepted(const ArmOperation &operation, const QString &location,
                                      const QString &apiVersion) const
{
    Response response = Response::empty(202);
    response.setHeader("Location", m_context
                                       .url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/locations/%2/"
                                                           "asyncoperations/%3?monitor=true&api-version=%4")
                                                .arg(operation.subscriptionId, location, operation.id, apiVersion))
                                       .toUtf8());
    const qint64 remainingMs = m_context.now().msecsTo(operation.completesAt);
    const qint64 seconds = qBound(qint64(1), qint64(std::ceil(double(remainingMs) / 1000.0)), qint64(17));
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

Response ArmStorageAccounts::asyncOperation(const ArmCall &call) const
{
    const QString id = call.arg(QStringLiteral("operationId"));
    for (const ArmOperation &operation : m_context.world.resourceManager().operations) {
        if (!same(operation.id, id) || operation.subscriptionId != call.subscription->id ||
            operation.kind != kCreateKind) {
            continue;
        }
        if (!m_lro.isDue(operation)) {
            return accepted(operation, call.arg(QStringLiteral("location")), call.apiVersion);
        }
        const qsizetype index = indexOf(operation.target);
        if (index < 0) {
            return ArmErrors::error(404, QStringLiteral("ResourceNotFound"),
                                    QStringLiteral("The storage account %1 was deleted.").arg(operation.target));
        }
        return Response::json(StorageAccountJson::toJson(m_context.world.storage().accounts.at(index), m_context));
    }
    return ArmErrors::error(404, QStringLiteral("NotFound"),
                            QStringLiteral("The operation '%1' could not be found.").arg(id));
}

} // namespace CrossKey::Sandbox
