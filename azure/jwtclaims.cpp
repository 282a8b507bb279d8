// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/jwtclaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace CrossKey::Azure {

namespace {

AzureError unreadable(const QString &why)
{
    return AzureError(AzureError::Kind::InvalidResponse,
                      JwtClaims::tr("The sign-in token could not be read: %1.").arg(why),
                      JwtClaims::tr("Sign in again. If it keeps happening, the sign-in service answered with something "
                                    "unexpected."));
}

bool isBase64Url(const QByteArray &part)
{
    for (const char c : part) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '=';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<JwtClaims> JwtClaims::parse(const QByteArray &token)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    // A JWS has three parts; an unsecured one ("alg":"none") has an empty third.
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        return unreadable(tr("it is not made of three parts"));
    }
    if (!isBase64Url(parts.at(1))) {
        return unreadable(tr("its payload is not base64url"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return unreadable(tr("its payload is not base64url"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return unreadable(tr("its payload is not a JSON object"));
    }

    JwtClaims claims;
    claims.m_claims = document.object();
    const auto &object = claims.m_claims;
    for (const char *name : {"tid", "oid", "iss", "upn", "preferred_username", "scp", "sub"}) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isString()) {
            return unreadable(tr("the claim %1 is not text").arg(QLatin1String(name)));
        }
    }
    const QJsonValue exp = object.value(QStringLiteral("exp"));
    if (!exp.isUndefined() && !exp.isDouble()) {
        return unreadable(tr("the claim exp is not a number"));
    }
    const QJsonValue aud = object.value(QStringLiteral("aud"));
    if (aud.isArray()) {
        for (const QJsonValue &item : aud.toArray()) {
            if (!item.isString()) {
                return unreadable(tr("the claim aud is not text"));
            }
        }
    } else if (!aud.isUndefined() && !aud.isString()) {
        return unreadable(tr("the claim aud is not text"));
    }
    return claims;
}

QString JwtClaims::username() const
{
    const QString upn = string(QStringLiteral("upn"));
    return upn.isEmpty() ? string(QStringLiteral("preferred_username")) : upn;
}

QString JwtClaims::audience() const
{
    const QJsonValue aud = m_claims.value(QStringLiteral("aud"));
    return aud.isArray() ? aud.toArray().first().toString() : aud.toString();
}

QStringList JwtClaims::scopes() const
{
    return string(QStringLiteral("scp")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QDateTime JwtClaims::expiresAt() const
{
    const QJsonValue exp = m_claims.value(QStringLiteral("exp"));
    if (!exp.isDouble()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

} // namespace CrossKey::Azure
