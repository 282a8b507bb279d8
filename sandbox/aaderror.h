// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace CrossKey::Sandbox {

// AadError is one identity-platform error: the OAuth `error`, the AADSTS number and its text
// (CONTRACTS.md §1.6). It renders as the token endpoint's JSON or as redirect parameters.
struct AadError
{
    QString error;
    int code = 0;
    QString message;
    int status = 400;

    // "AADSTS70008: …\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …"
    QString description(const Request &request, const QDateTime &now) const;
    Response toResponse(const Request &request, const QDateTime &now) const;
    // Appends error, error_description (and state) to a redirect URI's query.
    QUrl toRedirect(const QUrl &redirectUri, const QString &state, const Request &request, const QDateTime &now,
                    bool adminConsent = false) const;

    static AadError missingParameter(const QString &name);
    static AadError tenantNotFound(const QString &tenant);
    static AadError wrongMethod(const QByteArray &method);
    static AadError invalidClientId(const QString &clientId);
    static AadError clientNotFound(const QString &clientId, const QString &tenantName);
    static AadError redirectMismatch(const QString &redirectUri, const QString &clientId);
    static AadError malformedGrant();
    static AadError grantExpired();
    static AadError grantRevoked(const QDateTime &issuedAt, const QDateTime &validFrom);
    static AadError userNotInTenant(const QString &upn, const QString &tenantName, const QString &clientId);
    static AadError consentRequired(const QString &clientId, const QString &clientName);
    static AadError invalidResource(const QString &resource, const QString &tenantName);
    static AadError invalidScope(const QString &scope);
};

} // namespace CrossKey::Sandbox
