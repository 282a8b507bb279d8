// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultcrypto.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace CrossKey::Sandbox {

namespace {

constexpr int kTagSize = 16;
constexpr int kHeaderSize = 1 + kTagSize + 2;

QByteArray keystream(const QByteArray &material, const QByteArray &tag, int length)
{
    QByteArray out;
    for (quint32 counter = 0; out.size() < length; ++counter) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(material);
        hash.addData("stream");
        hash.addData(tag);
        const char bytes[4] = {char(counter >> 24), char(counter >> 16), char(counter >> 8), char(counter)};
        hash.addData(QByteArrayView(bytes, 4));
        out += hash.result();
    }
    return out.left(length);
}

QByteArray tagOf(const QByteArray &material, const QString &algorithm, const QByteArray &plaintext)
{
    return QMessageAuthenticationCode::hash(algorithm.toUpper().toLatin1() + '\0' + plaintext, material,
                                            QCryptographicHash::Sha256)
        .left(kTagSize);
}

QByteArray stretched(const QByteArray &seed, int length)
{
    QByteArray out;
    while (out.size() < length) {
        out += seed;
    }
    return out.left(length);
}

} // namespace

QByteArray KeyVaultCrypto::newMaterial()
{
    QByteArray material(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(material.data()), material.size() / 4);
    return material;
}

QString KeyVaultCrypto::newVersion()
{
    return QString::fromLatin1(newMaterial().left(16).toHex());
}

bool KeyVaultCrypto::isEncryptionAlgorithm(const QString &algorithm)
{
    return algorithm == QLatin1String("RSA-OAEP") || algorithm == QLatin1String("RSA-OAEP-256") ||
           algorithm == QLatin1String("RSA1_5");
}

int KeyVaultCrypto::digestSize(const QString &algorithm)
{
    if (algorithm == QLatin1String("RS256") || algorithm == QLatin1String("PS256")) {
        return 32;
    }
    if (algorithm == QLatin1String("RS384") || algorithm == QLatin1String("PS384")) {
        return 48;
    }
    if (algorithm == QLatin1String("RS512") || algorithm == QLatin1String("PS512")) {
        return 64;
    }
    return -1;
}

int KeyVaultCrypto::maxPlaintext(int keySize, const QString &algorithm)
{
    const int k = keySize / 8;
    if (algorithm == QLatin1String("RSA1_5")) {
        return k - 11;
    }
    const int h = algorithm == QLatin1String("RSA-OAEP-256") ? 32 : 20;
    return k - 2 * h - 2;
}

QByteArray KeyVaultCrypto::modulus(const KeyVersion &key)
{
    QByteArray n = keystream(key.material, QByteArrayLiteral("modulus"), key.keySize / 8);
    n[0] = char(quint8(n.at(0)) | 0x80);
    n[n.size() - 1] = char(quint8(n.at(n.size() - 1)) | 0x01);
    return n;
}

QByteArray KeyVaultCrypto::wrap(const KeyVersion &key, const QString &algorithm, const QByteArray &plaintext)
{
    const int k = key.keySize / 8;
    const QByteArray tag = tagOf(key.material, algorithm, plaintext);
    const QByteArray stream = keystream(key.material, tag, k - kHeaderSize);
    QByteArray out;
    out.reserve(k);
    out += '\0';
    out += tag;
    out += char(plaintext.size() >> 8);
    out += char(plaintext.size() & 0xff);
    for (int i = 0; i < stream.size(); ++i) {
        out += i < plaintext.size() ? char(plaintext.at(i) ^ stream.at(i)) : stream.at(i);
    }
    return out;
}

std::optional<QByteArray> KeyVaultCrypto::unwrap(const KeyVersion &key, const QString &algorithm,
                                                 const QByteArray &ciphertext)
{
    const int k = key.keySize / 8;
    if (ciphertext.size() != k || ciphertext.at(0) != '\0') {
        return std::nullopt;
    }
    const QByteArray tag = ciphertext.mid(1, kTagSize);
    const int length = (quint8(ciphertext.at(1 + kTagSize)) << 8) | quint8(ciphertext.at(2 + kTagSize));
    if (length > k - kHeaderSize) {
        return std::nullopt;
    }
    const QByteArray stream = keystream(key.material, tag, length);
    QByteArray plaintext(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i) {
        plaintext[i] = char(ciphertext.at(kHeaderSize + i) ^ stream.at(i));
    }
    if (tagOf(key.material, algorithm, plaintext) != tag) {
        return std::nullopt;
    }
    return plaintext;
}

QByteArray KeyVaultCrypto::sign(const KeyVersion &key, const QString &algorithm, const QByteArray &digest)
{
    const QByteArray mac = QMessageAuthenticationCode::hash("sign:" + algorithm.toLatin1() + '\0' + digest,
                                                            key.material, QCryptographicHash::Sha512);
    return stretched(mac, key.keySize / 8);
}

bool KeyVaultCrypto::verify(const KeyVersion &key, const QString &algorithm, const QByteArray &digest,
                            const QByteArray &signature)
{
    return sign(key, algorithm, digest) == signature;
}

} // namespace CrossKey::Sandbox
