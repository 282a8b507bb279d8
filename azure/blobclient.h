// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

class RestJob;
class RestPipeline;

// BlobClient is the little of the blob data plane CrossKey needs to prove a customer key is usable (CONTRACTS.md
// §5): create a container, put a small block blob, read it back. `blobEndpoint` is the account's
// primaryEndpoints.blob ("https://{account}.blob.core.windows.net/", the sandbox's "{base}/blob/{account}/");
// the pipeline sends a Storage token only there (RestPipeline::isStorageEndpoint). Errors carry x-ms-error-code
// (AuthorizationPermissionMismatch, KeyVaultEncryptionKeyNotFound …) as code().
class BlobClient final
{
public:
    static constexpr QLatin1String kVersion{"2023-11-03"};

    BlobClient(RestPipeline *pipeline, QUrl blobEndpoint);

    // PUT ?restype=container: 201; 409 ContainerAlreadyExists when it is there.
    RestJob *createContainer(const QString &container) const;
    // PUT, x-ms-blob-type BlockBlob: 201.
    RestJob *putBlob(const QString &container, const QString &blob, const QByteArray &content,
                     const QByteArray &contentType = "text/plain; charset=utf-8") const;
    // GET: 200 with the content in RestResponse::body.
    RestJob *getBlob(const QString &container, const QString &blob) const;

    QUrl url(const QString &path, const QString &query = {}) const;

private:
    RestPipeline *m_pipeline;
    QUrl m_endpoint;
};

} // namespace CrossKey::Azure
