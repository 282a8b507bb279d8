// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"

#include <QDateTime>

namespace CrossKey::Sandbox {

// ServiceError builds the error bodies of Resource Manager, Graph and Key Vault (CONTRACTS.md §0,
// §2): each sets Response::errorCode for the request log.
class ServiceError final
{
public:
    // {"error":{"code","message"}}
    static Response resourceManager(int status, const QString &code, const QString &message);
    // {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
    static Response graph(const Request &request, const QDateTime &now, int status, const QString &code,
                          const QString &message);
    // {"error":{"code","message"}} as Key Vault's data plane sends it
    static Response keyVault(int status, const QString &code, const QString &message);
};

} // namespace CrossKey::Sandbox
