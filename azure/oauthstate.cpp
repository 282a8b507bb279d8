// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/oauthstate.h"

#include <QRandomGenerator>

namespace CrossKey::Azure {

QByteArray OAuthState::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool OAuthState::matches(const QByteArray &expected, const QByteArray &received)
{
    if (expected.isEmpty() || expected.size() != received.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= static_cast<unsigned char>(expected.at(i) ^ received.at(i));
    }
    return difference == 0;
}

} // namespace CrossKey::Azure
