// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultkeyoperations.h"

#include "sandbox/keyvaultcrypto.h"
#include "sandbox/keyvaulterrors.h"
#include "sandbox/keyvaultkeys.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/servicecontext.h"

#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

struct OperationInfo
{
    const char *segment;
    const char *name; // as key_ops and messages spell it
    KeyOperation operation;
};

const OperationInfo kOperations[] = {
    {"wrapkey", "wrapKey", KeyOperation::WrapKey}, {"unwrapkey", "unwrapKey", KeyOperation::UnwrapKey},
    {"encrypt", "encrypt", KeyOperation::Encrypt}, {"decrypt", "decrypt", KeyOperation::Decrypt},
    {"sign", "sign", KeyOperation::Sign},          {"verify", "verify", KeyOperation::Verify},
};

const OperationInfo *find(const QString &segment)
{
    for (const OperationInfo &info : kOperations) {
        if (segment.compare(QLatin1String(info.segment), Qt::CaseInsensitive) == 0) {
            return &info;
        }
    }
    return nullptr;
}

QString b64url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromB64url(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    QByteArray text = value.toString().toLatin1();
    text.replace('+', '-').replace('/', '_');
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

bool isPrivate(KeyOperation operation)
{
    return operation == KeyOperation::UnwrapKey || operation == KeyOperation::Decrypt ||
           operation == KeyOperation::Sign;
}

bool isProtecting(KeyOperation operation)
{
    return operation == KeyOperation::WrapKey || operation == KeyOperation::Encrypt || operation == KeyOperation::Sign;
}

} // namespace

bool KeyVaultKeyOperations::isOperation(const QString &segment)
{
    return find(segment) != nullptr;
}

Response KeyVaultKeyOperations::perform(const KeyVaultCall &call, const QString &keyName, const QString &version,
                                        const QString &segment) const
{
    const OperationInfo *info = find(segment);
    const QString name = QLatin1String(info->name);
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, info->operation)) {
        return *denied;
    }
    const KeyVersion *found =
        KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName, version);
    if (!found) {
        return KeyVaultErrors::keyNotFound(version.isEmpty() ? keyName : keyName + QLatin1Char('/') + version);
    }
    const KeyVersion key = *found;
    if (!key.keyOps.contains(name, Qt::CaseInsensitive)) {
        return KeyVaultErrors::error(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("Operation %1 is not permitted on this key.").arg(name),
                                     QStringLiteral("KeyOperationForbidden"));
    }
    if (!key.enabled && isPrivate(info->operation)) {
        return KeyVaultErrors::error(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("Operation %1 is not allowed on a disabled key.").arg(name),
                                     QStringLiteral("KeyDisabled"));
    }
    const QDateTime now = m_context.now();
    if (isProtecting(info->operation) && key.expires.isValid() && now >= key.expires) {
        // [unverified] text and inner code
        return KeyVaultErrors::error(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("Operation %1 is not allowed on an expired key.").arg(name),
                                     QStringLiteral("KeyExpired"));
    }
    if (isProtecting(info->operation) && key.notBefore.isValid() && now < key.notBefore) {
        // [unverified] text and inner code
        return KeyVaultErrors::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation %1 is not allowed on a key that is not yet valid.").arg(name),
            QStringLiteral("KeyNotYetValid"));
    }

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return KeyVaultErrors::badParameter(QStringLiteral("The request body is not valid JSON."));
    }
    const QJsonObject body = document.object();
    const QString algorithm = body.value(QStringLiteral("alg")).toString();
    const std::optional<QByteArray> value = fromB64url(body.value(QStringLiteral("value")));
    if (!value) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property value must be a base64url string."));
    }
    const QString kid = KeyVaultKeys::kid(call, key);
    const bool signing = info->operation == KeyOperation::Sign || info->operation == KeyOperation::Verify;
    if (signing ? KeyVaultCrypto::digestSize(algorithm) < 0 : !KeyVaultCrypto::isEncryptionAlgorithm(algorithm)) {
        // [unverified] text
        return KeyVaultErrors::badParameter(
            QStringLiteral("Invalid algorithm '%1' for operation %2 on an RSA key.").arg(algorithm, name));
    }
    switch (info->operation) {
    case KeyOperation::WrapKey:
    case KeyOperation::Encrypt:
        if (value->size() > KeyVaultCrypto::maxPlaintext(key.keySize, algorithm)) {
            return KeyVaultErrors::badParameter(
                QStringLiteral("The value is too long for algorithm %1 and a %2-bit key.")
                    .arg(algorithm)
                    .arg(key.keySize));
        }
        return Response::json(
            QJsonObject{{QStringLiteral("kid"), kid},
                        {QStringLiteral("value"), b64url(KeyVaultCrypto::wrap(key, algorithm, *value))}});
    case KeyOperation::UnwrapKey:
    case KeyOperation::Decrypt: {
        const std::optional<QByteArray> plain = KeyVaultCrypto::unwrap(key, algorithm, *value);
        if (!plain) {
            // [unverified] what Key Vault says for a ciphertext another key or algorithm made
            return KeyVaultErrors::badParameter(QStringLiteral("Error occurred while decrypting the data."));
        }
        return Response::json(QJsonObject{{QStringLiteral("kid"), kid}, {QStringLiteral("value"), b64url(*plain)}});
    }
    case KeyOperation::Sign:
        if (value->size() != KeyVaultCrypto::digestSize(algorithm)) {
            return KeyVaultErrors::badParameter(
                QStringLiteral("The digest length %1 does not match algorithm %2.").arg(value->size()).arg(algorithm));
        }
        return Response::json(
            QJsonObject{{QStringLiteral("kid"), kid},
                        {QStringLiteral("value"), b64url(KeyVaultCrypto::sign(key, algorithm, *value))}});
    case KeyOperation::Verify: {
        const std::optional<QByteArray> digest = fromB64url(body.value(QStringLiteral("digest")));
        if (!digest || digest->size() != KeyVaultCrypto::digestSize(algorithm)) {
            return KeyVaultErrors::badParameter(
                QStringLiteral("Property digest must be a base64url digest for %1.").arg(algorithm));
        }
        return Response::json(
            QJsonObject{{QStringLiteral("value"), KeyVaultCrypto::verify(key, algorithm, *digest, *value)}});
    }
    default:
        break;
    }
    return KeyVaultErrors::badParameter(QStringLiteral("Unsupported operation %1.").arg(name));
}

} // namespace CrossKey::Sandbox
