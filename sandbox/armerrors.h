// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcatalog.h"
#include "sandbox/caller.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

// ArmErrors builds Resource Manager's error answers with Azure's codes and message forms
// (CONTRACTS.md §0; docs/sandbox.md marks the texts not confirmed from a recording as [unverified]).
class ArmErrors final
{
public:
    static Response missingApiVersion();
    // InvalidApiVersionParameter for Microsoft.Resources' own types, NoRegisteredProviderFound for
    // provider types (location names the resource's region, "global" when it has none).
    static Response invalidApiVersion(ArmType type, const QString &version, const QString &location = {});
    static Response subscriptionNotFound(const QString &subscriptionId);
    static Response resourceGroupNotFound(const QString &resourceGroup);
    static Response resourceNotFound(const QString &type, const QString &name, const QString &resourceGroup);
    static Response missingSubscriptionRegistration(const QString &providerNamespace);
    static Response invalidRequestContent(const QString &detail);
    static Response authorizationFailed(const Caller &caller, const QString &action, const QString &scope);
    // The caller may do `action` on `scope` but lacks `linkedAction` on `linkedScope` (e.g.
    // Microsoft.ManagedIdentity/userAssignedIdentities/assign/action when attaching a UAMI).
    static Response linkedAuthorizationFailed(const Caller &caller, const QString &action, const QString &scope,
                                              const QString &linkedAction, const QString &linkedScope);
    static Response error(int status, const QString &code, const QString &message);
};

} // namespace CrossKey::Sandbox
