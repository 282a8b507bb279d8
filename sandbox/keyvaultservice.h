// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultkeyoperations.h"
#include "sandbox/keyvaultkeys.h"
#include "sandbox/service.h"

#include <optional>

namespace CrossKey::Sandbox {

class TokenValidator;
struct ServiceContext;

// KeyVaultService is the Key Vault and Managed HSM data plane (CONTRACTS.md §4) at the sandbox's
// path-based vault URIs (KeyVaultUris): {base}/vaults/{name}/keys/… and {base}/managedhsms/{name}/….
// It finds the vault, checks the api-version (7.0 … 7.5), the token (401 + challenge naming the
// vault's tenant, AKV10032 for another tenant) and hands the call to KeyVaultKeys or
// KeyVaultKeyOperations, which authorize it. Managed HSM local role assignments are served too.
class KeyVaultService final : public Service
{
public:
    KeyVaultService(ServiceContext &context, const TokenValidator &validator);
    QString name() const override { return QStringLiteral("keyvault"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::KeyVault; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

    static QStringList apiVersions();

private:
    std::optional<Response> authenticate(KeyVaultCall &call, const QString &tenantId) const;
    Response route(const KeyVaultCall &call, const QStringList &rest);
    Response hsmRoleAssignment(const KeyVaultCall &call, const QString &scope, const QString &name);

    ServiceContext &m_context;
    const TokenValidator &m_validator;
    KeyVaultKeys m_keys;
    KeyVaultKeyOperations m_operations;
};

} // namespace CrossKey::Sandbox
