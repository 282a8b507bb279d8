// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/runcontext.h"

#include <QCoreApplication>

namespace CrossKey::Wizard {

namespace {

struct FieldEntry
{
    ContextField field;
    const char *key;
    std::optional<QString> RunContext::*member;
};

// Keys are stable: they are written to progress files.
constexpr FieldEntry kFields[] = {
    {ContextField::Cloud, "cloud", &RunContext::cloud},
    {ContextField::TenantId, "tenantId", &RunContext::tenantId},
    {ContextField::SubscriptionId, "subscriptionId", &RunContext::subscriptionId},
    {ContextField::ResourceGroup, "resourceGroup", &RunContext::resourceGroup},
    {ContextField::Location, "location", &RunContext::location},
    {ContextField::AppName, "appName", &RunContext::appName},
    {ContextField::AppId, "appId", &RunContext::appId},
    {ContextField::AppObjectId, "appObjectId", &RunContext::appObjectId},
    {ContextField::IdentityName, "identityName", &RunContext::identityName},
    {ContextField::IdentityResourceId, "identityResourceId", &RunContext::identityResourceId},
    {ContextField::IdentityPrincipalId, "identityPrincipalId", &RunContext::identityPrincipalId},
    {ContextField::IdentityClientId, "identityClientId", &RunContext::identityClientId},
    {ContextField::CustomerTenantId, "customerTenantId", &RunContext::customerTenantId},
    {ContextField::VaultUri, "vaultUri", &RunContext::vaultUri},
    {ContextField::KeyName, "keyName", &RunContext::keyName},
    {ContextField::KeyVersion, "keyVersion", &RunContext::keyVersion},
    {ContextField::StorageAccountId, "storageAccountId", &RunContext::storageAccountId},
    {ContextField::VaultName, "vaultName", &RunContext::vaultName},
    {ContextField::KeySize, "keySize", &RunContext::keySize},
    {ContextField::KeyExpiry, "keyExpiry", &RunContext::keyExpiry},
    {ContextField::ServicePrincipalId, "servicePrincipalId", &RunContext::servicePrincipalId},
    {ContextField::VaultResourceId, "vaultResourceId", &RunContext::vaultResourceId},
    {ContextField::VaultPermissionModel, "vaultPermissionModel", &RunContext::vaultPermissionModel},
    {ContextField::KeyId, "keyId", &RunContext::keyId},
    {ContextField::FederatedCredentialName, "federatedCredentialName", &RunContext::federatedCredentialName},
    {ContextField::FicIssuer, "ficIssuer", &RunContext::ficIssuer},
    {ContextField::StorageAccountName, "storageAccountName", &RunContext::storageAccountName},
    {ContextField::PinVersion, "pinVersion", &RunContext::pinVersion},
};

const FieldEntry &entryFor(ContextField field)
{
    for (const auto &entry : kFields) {
        if (entry.field == field) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

bool RunContext::has(ContextField field) const
{
    return (this->*entryFor(field).member).has_value();
}

std::optional<QString> RunContext::value(ContextField field) const
{
    return this->*entryFor(field).member;
}

void RunContext::set(ContextField field, const QString &value)
{
    this->*entryFor(field).member = value;
}

QList<ContextField> RunContext::fieldsSet() const
{
    QList<ContextField> fields;
    for (const auto &entry : kFields) {
        if ((this->*entry.member).has_value()) {
            fields.append(entry.field);
        }
    }
    return fields;
}

void RunContext::merge(const RunContext &other)
{
    for (const auto &entry : kFields) {
        if ((other.*entry.member).has_value()) {
            this->*entry.member = other.*entry.member;
        }
    }
}

QString RunContext::fieldKey(ContextField field)
{
    return QString::fromLatin1(entryFor(field).key);
}

QJsonObject RunContext::toJson() const
{
    QJsonObject json;
    for (const auto &entry : kFields) {
        if (const auto &value = this->*entry.member) {
            json.insert(QString::fromLatin1(entry.key), *value);
        }
    }
    return json;
}

Azure::Result<RunContext> RunContext::fromJson(const QJsonObject &json)
{
    RunContext context;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const FieldEntry *found = nullptr;
        for (const auto &entry : kFields) {
            if (it.key() == QLatin1String(entry.key)) {
                found = &entry;
            }
        }
        if (!found) {
            return Azure::AzureError(Azure::AzureError::Kind::InvalidFile,
                                     QCoreApplication::translate("RunContext", "Unknown field \"%1\".").arg(it.key()));
        }
        if (!it.value().isString()) {
            return Azure::AzureError(
                Azure::AzureError::Kind::InvalidFile,
                QCoreApplication::translate("RunContext", "Field \"%1\" must be text.").arg(it.key()));
        }
        context.*found->member = it.value().toString();
    }
    return context;
}

} // namespace CrossKey::Wizard
