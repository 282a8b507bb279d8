// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/adminconsentendpoint.h"
#include "sandbox/authorizeendpoint.h"
#include "sandbox/devicecodeendpoint.h"
#include "sandbox/service.h"
#include "sandbox/signinpolicy.h"
#include "sandbox/tokenendpoint.h"

namespace CrossKey::Sandbox {

class TokenIssuer;
struct ServiceContext;

// IdentityService is the Microsoft identity platform v2.0 under /{tenant}/ (tenant id, domain,
// common, organizations): discovery, authorize, token, devicecode, adminconsent, keys, plus
// /devicelogin and MSAL's instance discovery.
class IdentityService final : public Service
{
public:
    IdentityService(ServiceContext &context, const TokenIssuer &issuer);
    QString name() const override { return QStringLiteral("identity"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::IdentityPlatform; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

private:
    Response discovery(const Request &request, const Authority &authority) const;
    Response instanceDiscovery(const Request &request) const;

    ServiceContext &m_context;
    SignInPolicy m_policy;
    AuthorizeEndpoint m_authorize;
    TokenEndpoint m_token;
    DeviceCodeEndpoint m_deviceCode;
    AdminConsentEndpoint m_adminConsent;
};

} // namespace CrossKey::Sandbox
