// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accesstoken.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace CrossKey::Azure {

// TokenSource is what RestPipeline asks for bearer tokens: AccountSession in the product, a sandbox-backed
// source in tests. The answer comes later, on the caller's thread, and never once `context` is destroyed.
class TokenSource
{
public:
    struct Request
    {
        QString scope;       // "https://management.azure.com/.default"
        QString tenantId;    // empty: the source's own tenant; set by a Key Vault challenge (CONTRACTS.md §1.8)
        QByteArray claims;   // the decoded claims of a claims challenge (§1.8), or empty
        bool forceRefresh{}; // the last token was refused with 401: do not answer from a cache
    };
    using Callback = std::function<void(const AccessTokenResult &)>;

    virtual ~TokenSource() = default;
    virtual void requestToken(const Request &request, QObject *context, Callback done) = 0;
};

} // namespace CrossKey::Azure
