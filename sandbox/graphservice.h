// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/service.h"

namespace CrossKey::Sandbox {

class GraphCall;
class TokenValidator;
struct ServiceContext;

// GraphService is Microsoft Graph v1.0 under /v1.0/ (CONTRACTS.md §2): it checks the bearer token
// and routes /me, /organization, applications (and their federated identity credentials) and
// service principals to their handlers.
class GraphService final : public Service
{
public:
    GraphService(ServiceContext &context, const TokenValidator &validator)
        : m_context(context)
        , m_validator(validator)
    {}

    QString name() const override { return QStringLiteral("graph"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::Graph; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

private:
    Response route(const GraphCall &call) const;
    Response me(const GraphCall &call) const;
    Response organization(const GraphCall &call) const;
    Response applications(const GraphCall &call, const QStringList &segments) const;
    Response servicePrincipals(const GraphCall &call, const QStringList &segments) const;

    ServiceContext &m_context;
    const TokenValidator &m_validator;
};

} // namespace CrossKey::Sandbox
