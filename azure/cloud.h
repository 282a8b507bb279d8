// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CrossKey::Azure {

// Cloud owns the endpoints of one Azure cloud: where to sign in, where Graph, Resource Manager, Key Vault
// and Storage live, the scopes to ask tokens for, and the federated-credential audience (CONTRACTS.md §1.1).
// Built-in profiles cover public, US Government and China; any other cloud (the sandbox, Azure Stack-like
// clouds) is read from its Resource Manager's metadata/endpoints document. Only endpoints differ between
// clouds, so everything above this class is the same code for Azure and the sandbox.
class Cloud final
{
    Q_DECLARE_TR_FUNCTIONS(Cloud)

public:
    // The api-version of the metadata document this class reads: one object, not the 2019-05-01 array.
    static constexpr QLatin1String kMetadataApiVersion{"2022-09-01"};

    Cloud() = default;

    static Cloud azurePublic();
    static Cloud usGovernment();
    static Cloud china();
    // "public", "usgov" or "china" (as in --cloud); anything else is InvalidInput.
    static Result<Cloud> fromName(const QString &name);
    static QStringList builtInNames();

    // {resourceManager}/metadata/endpoints?api-version=2022-09-01
    static QUrl metadataUrl(const QUrl &resourceManager);
    // Reads a metadata/endpoints document. Pure: no I/O. Missing or wrongly typed fields, URLs that are
    // neither https nor http on loopback, and (when `fetchedFrom` is given) a resourceManager on another
    // host than the one asked give InvalidResponse naming the field.
    static Result<Cloud> fromMetadata(const QByteArray &document, const QUrl &fetchedFrom = {});
    // Whether `url` may receive requests and tokens: https, or http to a loopback address (the sandbox).
    static bool isAcceptableEndpoint(const QUrl &url);

    // "public", "usgov", "china", or the metadata document's `name` for a custom cloud.
    QString name() const { return m_name; }
    bool isBuiltIn() const { return m_builtIn; }
    // What saved sign-ins are filed under: the name of a built-in cloud; for a custom cloud its name and its
    // Resource Manager's host and port, since two custom clouds (two sandboxes, two stacks) may share a name
    // and a refresh token of one is worthless to the other.
    QString accountKey() const;
    bool isValid() const { return !m_name.isEmpty(); }

    QUrl authorityHost() const { return m_authorityHost; } // https://login.microsoftonline.com
    QUrl graphUrl() const { return m_graphUrl; }           // https://graph.microsoft.com
    QUrl resourceManagerUrl() const { return m_resourceManagerUrl; }
    QString keyVaultDnsSuffix() const { return m_keyVaultDnsSuffix; }     // ".vault.azure.net"
    QString managedHsmDnsSuffix() const { return m_managedHsmDnsSuffix; } // empty: no Managed HSM
    QString storageSuffix() const { return m_storageSuffix; }             // "core.windows.net"
    // The `aud` of the managed-identity token a federated credential must name (§1.1, §2.5).
    QString ficAudience() const { return m_ficAudience; }

    QString graphScope() const;
    QString armScope() const;
    // The v1 form through the classic management resource id, e.g. "https://management.core.windows.net//.default".
    QString armLegacyScope() const;
    QString keyVaultScope() const;
    QString managedHsmScope() const; // empty when the cloud has no Managed HSM suffix

    // Whether a host belongs to this cloud's Key Vault or Managed HSM: a token for the vault is sent
    // only then (§1.8).
    bool isKeyVaultHost(const QString &host) const;

    friend bool operator==(const Cloud &, const Cloud &) = default;

private:
    QString m_name;
    bool m_builtIn = false;
    QUrl m_authorityHost;
    QUrl m_graphUrl;
    QUrl m_resourceManagerUrl;
    QString m_armResource; // the token audience of Resource Manager (v1 resource id)
    QString m_keyVaultDnsSuffix;
    QString m_managedHsmDnsSuffix;
    QString m_storageSuffix;
    QString m_ficAudience;
};

using CloudResult = Result<Cloud>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::Cloud)
Q_DECLARE_METATYPE(CrossKey::Azure::CloudResult)
