// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

namespace CrossKey::Sandbox {

// TlsIdentity reads the certificate (chain) and private key the sandbox serves HTTPS with: PEM
// files, an RSA or EC key without a pass phrase.
class TlsIdentity final
{
public:
    static bool load(const QString &certificateFile, const QString &keyFile, QSslConfiguration *configuration,
                     QString *error);
};

} // namespace CrossKey::Sandbox
