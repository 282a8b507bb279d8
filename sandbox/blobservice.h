// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/service.h"
#include "sandbox/storagestate.h"

#include <optional>

namespace CrossKey::Sandbox {

class TokenValidator;
struct ServiceContext;

// BlobService is a minimal Blob data plane for each storage account, path-based at
// {base}/blob/{account}/ (docs/sandbox.md, "Blob endpoint form"): list containers, create a
// container, put and get a block blob. It takes Storage-audience bearer tokens and checks the Blob
// data roles. On a customer key, blob reads and writes walk the key chain again once the cached
// account key is older than ServerOptions::storageKeyCacheMs and answer 403 with the
// x-ms-error-code of the broken link (CONTRACTS.md §5); listing containers keeps working.
class BlobService final : public Service
{
public:
    BlobService(ServiceContext &context, const TokenValidator &validator)
        : m_context(context)
        , m_validator(validator)
    {}

    QString name() const override { return QStringLiteral("blob"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::Sandbox; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

    // <Error><Code>…</Code><Message>…</Message></Error> with x-ms-error-code.
    static Response error(const Request &request, int status, const QString &code, const QString &message);

private:
    Response dispatch(const Request &request, qsizetype accountIndex, const QString &principalId);
    bool allowed(const QString &principalId, const QString &action, const QString &scope, bool dataAction) const;
    // The customer-key gate for blob reads and writes; refreshes the cached key when the chain holds.
    std::optional<Response> keyGate(const Request &request, qsizetype accountIndex);
    Response listContainers(const StorageAccount &account) const;
    Response createContainer(const Request &request, const StorageAccount &account, const QString &container);
    Response putBlob(const Request &request, const StorageAccount &account, const QString &container,
                     const QString &blob);
    Response getBlob(const Request &request, const StorageAccount &account, const QString &container,
                     const QString &blob) const;

    ServiceContext &m_context;
    const TokenValidator &m_validator;
};

} // namespace CrossKey::Sandbox
