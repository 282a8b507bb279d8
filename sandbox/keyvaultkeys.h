// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultcall.h"
#include "sandbox/response.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

struct ServiceContext;

// KeyVaultKeys answers the key management operations of the data plane (CONTRACTS.md §4.1–§4.4):
// create, get (latest or a version), list keys, list versions (paged), update attributes, rotate and
// delete. Authorization comes first, then the key, then the body, as Key Vault does.
class KeyVaultKeys final
{
public:
    explicit KeyVaultKeys(ServiceContext &context);

    Response list(const KeyVaultCall &call) const;
    Response versions(const KeyVaultCall &call, const QString &keyName) const;
    Response create(const KeyVaultCall &call, const QString &keyName);
    Response rotate(const KeyVaultCall &call, const QString &keyName);
    Response get(const KeyVaultCall &call, const QString &keyName, const QString &version) const;
    Response update(const KeyVaultCall &call, const QString &keyName, const QString &version);
    Response remove(const KeyVaultCall &call, const QString &keyName);

    // The KeyBundle JSON ({"key":{kid,kty,key_ops,n,e},"attributes":{…},"tags"}).
    static QJsonObject bundle(const KeyVaultCall &call, const KeyVersion &key);
    static QJsonObject attributes(const KeyVaultCall &call, const KeyVersion &key);
    static QString kid(const KeyVaultCall &call, const KeyVersion &key, bool withVersion = true);

private:
    Response page(const KeyVaultCall &call, const QList<QJsonObject> &items, const QString &path) const;
    std::optional<Response> readAttributes(const QJsonObject &body, KeyVersion *key) const;
    KeyVersion *editable(const KeyVaultCall &call, const QString &keyName, const QString &version);

    ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
