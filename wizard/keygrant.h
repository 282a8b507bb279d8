// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "azure/result.h"
#include "wizard/runcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace CrossKey::Wizard {

// KeyGrant is what the customer sends the ISV after phase 2 (issue 8): which cloud, the customer tenant, the
// vault's URI, the key's name and optionally a pinned version, and the app id the key was granted to. A small
// versioned JSON file (type "crosskey-key-grant", version 1) without secrets, read strictly on HandoffFile's
// rules: GUIDs, a vault URI under the cloud's Key Vault or Managed HSM suffix (or the sandbox's path form on a
// loopback host, docs/sandbox.md "Host form"), Key Vault's name rules, unknown fields refused.
struct KeyGrant
{
    Q_DECLARE_TR_FUNCTIONS(KeyGrant)

public:
    static constexpr QLatin1String kType{"crosskey-key-grant"};
    static constexpr int kVersion = 1;

    int version = kVersion;
    // "public", "usgov", "china", or a custom cloud's Resource Manager URL (the sandbox), as in Invitation.
    QString cloud;
    QString customerTenantId;
    QUrl vaultUri; // "https://{vault}.vault.azure.net/", always with the trailing slash
    QString keyName;
    QString keyVersion; // empty: Storage follows the key's newest version
    QString appId;
    QDateTime createdAt; // UTC

    // From a finished customer grant run (CustomerTenantId, VaultUri, KeyName, AppId; KeyVersion when `pinVersion`).
    // InvalidInput when one is missing or would not read back.
    static Azure::Result<KeyGrant> fromContext(const RunContext &context, const Azure::Cloud &cloud,
                                               bool pinVersion = false,
                                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    QJsonObject toJson() const;
    // Strict; `path` only names the source in errors. For a built-in cloud the vault host must be under its Key
    // Vault or Managed HSM suffix; a custom cloud's suffixes are known only from its metadata: check them with
    // checkCloud() once that is read.
    static Azure::Result<KeyGrant> fromJson(const QJsonObject &json, const QString &path = {});
    // The file is for `cloud` and its vault host is one of `cloud`'s (Cloud::isKeyVaultHost).
    Azure::Result<void> checkCloud(const Azure::Cloud &cloud) const;

    Azure::Result<void> save(const QString &path) const;
    static Azure::Result<KeyGrant> load(const QString &path);
    // A key grant pasted as text: the JSON object inside toText()'s message (or the bare file).
    static Azure::Result<KeyGrant> fromText(const QString &text);

    // The key's URI as Storage's keyvaulturi/keyname/keyversion name it: {vaultUri}keys/{name}[/{version}].
    QUrl keyUri() const;
    // A plain-text message for mail: what was granted, to whom, and the file itself at the end.
    QString toText() const;

    friend bool operator==(const KeyGrant &, const KeyGrant &) = default;
};

} // namespace CrossKey::Wizard
