// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CrossKey::Sandbox {

// A vault, Managed HSM or key URI taken apart.
struct KeyVaultUri
{
    bool valid = false;
    bool managedHsm = false;
    QString vaultName;
    QString keyName; // empty for a vault URI
    QString version; // empty for a versionless key URI
};

// KeyVaultUris is the sandbox's data-plane address form (docs/sandbox.md, "Key Vault host form"):
// path-based on the sandbox's own origin, because *.localhost does not resolve through glibc here.
//   vault       {base}/vaults/{name}/           key  {base}/vaults/{name}/keys/{key}/{version}
//   Managed HSM {base}/managedhsms/{name}/      key  {base}/managedhsms/{name}/keys/{key}/{version}
class KeyVaultUris final
{
public:
    static QString vaultUri(const QUrl &base, const QString &vaultName);
    static QString hsmUri(const QUrl &base, const QString &hsmName);
    // The DNS suffix the metadata endpoint advertises so that a client's "host ends with
    // .{keyVaultDns}" check accepts the sandbox's host: the host without its first label
    // ("127.0.0.1" -> "0.0.1"); "vault.azure.net" when the host has a single label.
    static QString dnsSuffix(const QUrl &base);
    // Parses a vault, HSM or key URI of this sandbox (trailing '/' and case of the literals ignored).
    static KeyVaultUri parse(const QUrl &base, const QString &uri);
};

} // namespace CrossKey::Sandbox
