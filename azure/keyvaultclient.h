// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

class PagerJob;
class RestJob;
class RestPipeline;

// KeyVaultClient owns the Key Vault data-plane key calls CrossKey makes on one vault (CONTRACTS.md §4): create,
// get, list keys and versions, enable/disable and rotate. The pipeline sends the first call without a token and answers
// the vault's challenge (§1.8) for the tenant it names, and only to a host under the cloud's vault suffix.
class KeyVaultClient final
{
public:
    static constexpr QLatin1String kApiVersion{"7.5"};

    // `vaultUri`: "https://{vault}.vault.azure.net/" (the sandbox's path form works too).
    KeyVaultClient(RestPipeline *pipeline, QUrl vaultUri)
        : m_pipeline(pipeline)
        , m_vault(std::move(vaultUri))
    {}

    RestJob *createKey(const QString &name, const QString &keyType = QStringLiteral("RSA"), int keySize = 3072) const;
    // The same with attributes.exp (§4.1) when `expires` is valid.
    RestJob *createKey(const QString &name, const QString &keyType, int keySize, const QDateTime &expires) const;
    RestJob *getKey(const QString &name, const QString &version = {}) const; // empty version: the latest
    // The vault's keys (§4: GET /keys, paged by nextLink): kid and attributes of each latest version, no key
    // material (kty and size need getKey).
    PagerJob *listKeys() const;
    PagerJob *listVersions(const QString &name) const;
    RestJob *setEnabled(const QString &name, const QString &version, bool enabled) const;
    RestJob *rotateKey(const QString &name) const;

    QUrl url(const QString &path) const;

private:
    RestPipeline *m_pipeline;
    QUrl m_vault;
};

} // namespace CrossKey::Azure
