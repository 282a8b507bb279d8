// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/armresource.h"

namespace CrossKey::Azure {

namespace {

// A string field that may be absent; present with another type is an error.
bool readString(const QJsonObject &json, const QString &key, QString *out, QString *bad)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        *bad = key;
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

Result<ArmResource> ArmResource::fromJson(const QJsonObject &json)
{
    ArmResource resource;
    QString bad;
    const QJsonValue properties = json.value(QStringLiteral("properties"));
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject()) {
        bad = QStringLiteral("properties");
    } else {
        resource.properties = properties.toObject();
        const QJsonObject &p = resource.properties;
        readString(json, QStringLiteral("id"), &resource.id, &bad) &&
            readString(json, QStringLiteral("name"), &resource.name, &bad) &&
            readString(json, QStringLiteral("type"), &resource.type, &bad) &&
            readString(json, QStringLiteral("location"), &resource.location, &bad) &&
            readString(p, QStringLiteral("provisioningState"), &resource.provisioningState, &bad) &&
            readString(p, QStringLiteral("principalId"), &resource.principalId, &bad) &&
            readString(p, QStringLiteral("clientId"), &resource.clientId, &bad) &&
            readString(p, QStringLiteral("tenantId"), &resource.tenantId, &bad);
    }
    if (bad.isEmpty() && resource.id.isEmpty()) {
        bad = QStringLiteral("id");
    }
    if (!bad.isEmpty()) {
        return AzureError(
            AzureError::Kind::InvalidResponse,
            tr("Resource Manager sent a resource whose \"%1\" is missing or of the wrong type.").arg(bad));
    }
    return resource;
}

bool ArmResource::sameId(const QString &a, const QString &b)
{
    auto trimmed = [](QString id) {
        while (id.endsWith(QLatin1Char('/'))) {
            id.chop(1);
        }
        return id;
    };
    return trimmed(a).compare(trimmed(b), Qt::CaseInsensitive) == 0;
}

} // namespace CrossKey::Azure
