// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultstate.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CrossKey::Sandbox {

// KeyVaultCrypto stands in for RSA. It is not cryptography: wrap/encrypt output is the plaintext
// XORed with a keystream derived from the key version's random material, plus a 16-byte tag, padded
// to the modulus length (keySize / 8 bytes) as RSA output is. Only the same key version and
// algorithm unwrap it; any other version, algorithm or a changed byte fails. Signatures are an HMAC
// of the digest under the material, also modulus-sized. The public `n` is derived from the material.
class KeyVaultCrypto final
{
public:
    static QByteArray newMaterial();
    static QString newVersion(); // 32 lower-case hex digits

    static bool isEncryptionAlgorithm(const QString &algorithm); // RSA-OAEP, RSA-OAEP-256, RSA1_5
    static int digestSize(const QString &algorithm);             // RS256 … PS512; -1 when unknown
    // The largest plaintext RSA takes for the key size and padding (OAEP: k - 2h - 2, PKCS#1: k - 11).
    static int maxPlaintext(int keySize, const QString &algorithm);

    static QByteArray modulus(const KeyVersion &key);
    static QByteArray wrap(const KeyVersion &key, const QString &algorithm, const QByteArray &plaintext);
    static std::optional<QByteArray> unwrap(const KeyVersion &key, const QString &algorithm,
                                            const QByteArray &ciphertext);
    static QByteArray sign(const KeyVersion &key, const QString &algorithm, const QByteArray &digest);
    static bool verify(const KeyVersion &key, const QString &algorithm, const QByteArray &digest,
                       const QByteArray &signature);
};

} // namespace CrossKey::Sandbox
