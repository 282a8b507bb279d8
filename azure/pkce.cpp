// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace CrossKey::Azure {

namespace {

constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kUnreservedCount = sizeof(kUnreserved) - 1;

} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    length = std::clamp(length, kMinLength, kMaxLength);
    QByteArray verifier(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : verifier) {
        c = kUnreserved[random->bounded(kUnreservedCount)];
    }
    return verifier;
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < kMinLength || verifier.size() > kMaxLength) {
        return false;
    }
    return std::all_of(verifier.cbegin(), verifier.cend(),
                       [](char c) { return c != '\0' && std::strchr(kUnreserved, c) != nullptr; });
}

QByteArray Pkce::challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace CrossKey::Azure
