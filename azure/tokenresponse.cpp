// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/tokenresponse.h"

namespace CrossKey::Azure {

namespace {

AzureError badField(const QString &field)
{
    return AzureError(AzureError::Kind::InvalidResponse,
                      TokenResponse::tr("The sign-in service's token answer has no usable field “%1”.").arg(field),
                      TokenResponse::tr("Try again. If it keeps happening, check the cloud's sign-in address."));
}

// An optional string: absent or null gives empty; another type is an error.
bool optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &object)
{
    TokenResponse response;
    const QJsonValue access = object.value(QStringLiteral("access_token"));
    if (!access.isString() || access.toString().isEmpty()) {
        return badField(QStringLiteral("access_token"));
    }
    response.accessToken = access.toString();

    QString tokenType;
    if (!optionalString(object, QStringLiteral("token_type"), &tokenType) ||
        (!tokenType.isEmpty() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)) {
        return badField(QStringLiteral("token_type"));
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("refresh_token"), &response.refreshToken},
                                      std::pair{QStringLiteral("id_token"), &response.idToken},
                                      std::pair{QStringLiteral("scope"), &response.scope}}) {
        if (!optionalString(object, key, target)) {
            return badField(key);
        }
    }

    const QJsonValue expires = object.value(QStringLiteral("expires_in"));
    bool ok = false;
    if (expires.isDouble()) {
        const double seconds = expires.toDouble();
        ok = seconds > 0 && seconds < 1e9;
        response.expiresIn = static_cast<qint64>(seconds);
    } else if (expires.isString()) {
        response.expiresIn = expires.toString().toLongLong(&ok);
        ok = ok && response.expiresIn > 0;
    }
    if (!ok) {
        return badField(QStringLiteral("expires_in"));
    }
    return response;
}

} // namespace CrossKey::Azure
