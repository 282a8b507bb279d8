// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/keyvaultauthorizer.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/request.h"

#include <optional>

namespace CrossKey::Sandbox {

// KeyVaultCall is one authenticated data-plane request: the request, the caller, and the vault or
// Managed HSM it addresses (copied, so edits to the world do not invalidate it).
struct KeyVaultCall
{
    const Request &request;
    Caller caller;
    std::optional<Vault> vault;
    std::optional<ManagedHsm> hsm;
    QString baseUri; // the vault's or HSM's URI, with a trailing '/'

    bool managedHsm() const { return hsm.has_value(); }
    QString containerName() const { return hsm ? hsm->name : vault->name; }
    bool softDelete() const { return hsm ? hsm->enableSoftDelete : vault->enableSoftDelete; }
    bool purgeProtection() const { return hsm ? hsm->enablePurgeProtection : vault->enablePurgeProtection; }
    int retentionDays() const { return hsm ? hsm->softDeleteRetentionInDays : vault->softDeleteRetentionInDays; }
    std::optional<Response> authorize(const KeyVaultAuthorizer &authorizer, const QString &keyName,
                                      KeyOperation operation) const
    {
        return hsm ? authorizer.require(caller, *hsm, keyName, operation)
                   : authorizer.require(caller, *vault, keyName, operation);
    }
};

} // namespace CrossKey::Sandbox
