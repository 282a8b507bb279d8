// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/signinlog.h"

#include <QCryptographicHash>

namespace CrossKey::Azure {

Q_LOGGING_CATEGORY(lcSignIn, "crosskey.azure.signin")

QString SignInLog::redacted(const QString &secret)
{
    if (secret.isEmpty()) {
        return QStringLiteral("‹none›");
    }
    // Three bytes of SHA-256 cannot be turned back into the secret but tell rotated tokens apart.
    const QByteArray fingerprint = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).left(3);
    return QStringLiteral("‹redacted %1 chars #%2›").arg(secret.size()).arg(QString::fromLatin1(fingerprint.toHex()));
}

} // namespace CrossKey::Azure
