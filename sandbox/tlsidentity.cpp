// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tlsidentity.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace CrossKey::Sandbox {

bool TlsIdentity::load(const QString &certificateFile, const QString &keyFile, QSslConfiguration *configuration,
                       QString *error)
{
    if (certificateFile.isEmpty() || keyFile.isEmpty()) {
        *error = QStringLiteral("HTTPS needs both --tls-cert and --tls-key");
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt has no TLS backend");
        return false;
    }
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1: %2").arg(certificateFile, certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read private key %1: %2").arg(keyFile, key.errorString());
        return false;
    }
    const QByteArray pem = key.readAll();
    QSslKey privateKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (privateKey.isNull()) {
        privateKey = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    }
    if (privateKey.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyFile);
        return false;
    }
    QSslConfiguration result = QSslConfiguration::defaultConfiguration();
    result.setLocalCertificateChain(chain);
    result.setPrivateKey(privateKey);
    result.setPeerVerifyMode(QSslSocket::VerifyNone);
    *configuration = result;
    return true;
}

} // namespace CrossKey::Sandbox
