// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace CrossKey::Sandbox {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

bool decodePart(const QByteArray &part, QJsonObject *object)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject()) {
        return false;
    }
    *object = document.object();
    return true;
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace

QString Jwt::sign(const QJsonObject &payload, const QByteArray &key)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("kid"), QStringLiteral("crosskey-sandbox")}};
    const QByteArray input = encodePart(header) + '.' + encodePart(payload);
    return QString::fromLatin1(input + '.' + signature(input, key));
}

bool Jwt::decode(const QString &token, QJsonObject *header, QJsonObject *payload)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    return parts.size() == 3 && decodePart(parts.at(0), header) && decodePart(parts.at(1), payload);
}

bool Jwt::verify(const QString &token, const QByteArray &key)
{
    const QByteArray text = token.toLatin1();
    const qsizetype lastDot = text.lastIndexOf('.');
    if (lastDot < 0 || key.isEmpty()) {
        return false;
    }
    const QByteArray expected = signature(text.left(lastDot), key);
    const QByteArray actual = text.mid(lastDot + 1);
    if (expected.size() != actual.size()) {
        return false;
    }
    int difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= expected.at(i) ^ actual.at(i);
    }
    return difference == 0;
}

} // namespace CrossKey::Sandbox
