// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

class GraphCall;

// GraphFederatedCredentials serves /v1.0/applications/{id}/federatedIdentityCredentials
// (CONTRACTS.md §2.5): list (with $filter on name, subject, issuer), create with Graph's checks
// (name rules and uniqueness, issuer URL, subject, exactly one audience, 20 per application), get
// and delete by id or name.
class GraphFederatedCredentials final
{
public:
    static constexpr int kMaximumPerApplication = 20;

    static QJsonObject toJson(const FederatedIdentityCredential &credential);

    static Response list(const GraphCall &call, const Application &application);
    static Response create(const GraphCall &call, const Application &application);
    // `key` is the credential's id or name.
    static Response get(const GraphCall &call, const Application &application, const QString &key);
    static Response remove(const GraphCall &call, const Application &application, const QString &key);

private:
    static const FederatedIdentityCredential *find(const Application &application, const QString &key);
    // Checks a create body and fills `credential`; the error to send when it is not acceptable.
    static std::optional<Response> validate(const GraphCall &call, const Application &application,
                                            const QJsonObject &body, FederatedIdentityCredential *credential);
};

} // namespace CrossKey::Sandbox
