// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/claimschallenge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CrossKey::Azure {

namespace {

bool isJsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

} // namespace

Result<QByteArray> ClaimsChallenge::decode(const QByteArray &claims)
{
    const QByteArray trimmed = claims.trimmed();
    if (trimmed.startsWith('{') && isJsonObject(trimmed)) {
        return trimmed;
    }
    QByteArray text = trimmed;
    text.replace('-', '+').replace('_', '/');
    while (text.size() % 4 != 0) {
        text.append('=');
    }
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !isJsonObject(*decoded)) {
        return AzureError(AzureError::Kind::InvalidResponse,
                          tr("The service asked for more sign-in claims in a form CrossKey cannot read."),
                          tr("Sign in again."));
    }
    return QJsonDocument::fromJson(*decoded).toJson(QJsonDocument::Compact);
}

QByteArray ClaimsChallenge::withCapabilities(const QByteArray &claimsJson, const QStringList &capabilities)
{
    QJsonObject claims = QJsonDocument::fromJson(claimsJson).object();
    if (!capabilities.isEmpty()) {
        QJsonObject access = claims.value(QStringLiteral("access_token")).toObject();
        access.insert(QStringLiteral("xms_cc"),
                      QJsonObject{{QStringLiteral("values"), QJsonArray::fromStringList(capabilities)}});
        claims.insert(QStringLiteral("access_token"), access);
    }
    if (claims.isEmpty()) {
        return {};
    }
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

} // namespace CrossKey::Azure
