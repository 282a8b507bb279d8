// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The plain records the World holds. Services read and change them through World; WorldCodec
// turns them into JSON. Later services (Graph, Resource Manager) add fields or records here.
namespace CrossKey::Sandbox {

struct Tenant
{
    QString id;
    QString domain; // initial domain, e.g. contosoisv.onmicrosoft.com
    QString displayName;
    QString kind; // "isv" or "customer" in the demo scenarios
    QString countryCode = QStringLiteral("US");
    bool usersCanRegisterApps = false;
    QDateTime createdDateTime;
};

struct User
{
    QString id; // object id (oid)
    QString tenantId;
    QString userPrincipalName;
    QString displayName;
    QStringList directoryRoles; // Entra role template ids (KnownIds), the `wids` claim
    QDateTime createdDateTime;
};

struct Subscription
{
    QString id; // subscription id (GUID)
    QString tenantId;
    QString displayName;
    QString state = QStringLiteral("Enabled");
    QStringList locations; // location names offered, e.g. eastus
};

struct ResourceGroup
{
    QString subscriptionId;
    QString name;
    QString location;
    QDateTime createdTime;
    QString id() const { return QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, name); }
};

// An Azure RBAC role assignment at a scope (ARM resource id).
struct RoleAssignment
{
    QString name; // GUID
    QString scope;
    QString roleDefinitionId; // built-in role GUID (KnownIds)
    QString principalId;
    QString principalType = QStringLiteral("User");
    QString tenantId;
    QDateTime createdOn;
    QString id() const { return scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name; }
    // Whether RBAC honours the assignment yet: new ones take `propagationDelayMs` to propagate.
    bool isInForce(const QDateTime &now, int propagationDelayMs) const
    {
        return !createdOn.isValid() || createdOn.addMSecs(propagationDelayMs) <= now;
    }
};

// A federated identity credential on an application (CONTRACTS.md §2.5).
struct FederatedIdentityCredential
{
    QString id;
    QString name;
    QString issuer;
    QString subject;
    QString description;
    QStringList audiences;
};

// An application registration. First-party apps (CrossKey, Azure CLI) have firstParty set and a
// service principal in every tenant; they need no consent.
struct Application
{
    QString id; // object id
    QString appId;
    QString tenantId; // home tenant
    QString displayName;
    QString signInAudience = QStringLiteral("AzureADMyOrg");
    QString publisherDomain;
    QStringList publicClientRedirectUris;
    QStringList webRedirectUris;
    bool isPublicClient = false;
    bool firstParty = false;
    QDateTime createdDateTime;
    QStringList owners; // user (or service principal) object ids
    QList<FederatedIdentityCredential> federatedIdentityCredentials;
};

struct ServicePrincipal
{
    QString id; // object id, the principalId for RBAC
    QString appId;
    QString tenantId;
    QString displayName;
    QString appOwnerOrganizationId;
    bool accountEnabled = true;
    QDateTime createdDateTime;
};

// Consent for a client in a tenant: for one user, or for all users when principalId is empty
// (admin consent).
struct Consent
{
    QString id;
    QString tenantId;
    QString clientAppId;
    QString principalId;
    QString scope;
    QDateTime grantedAt;
};

struct AuthorizationCode
{
    QString code;
    QString clientId;
    QString tenantId;
    QString userId;
    QString redirectUri;
    QString scope;
    QString codeChallenge;
    QString nonce;
    QDateTime expiresAt;
    bool redeemed = false;
};

struct DeviceCode
{
    enum class State
    {
        Pending,
        Approved,
        Declined
    };
    QString deviceCode;
    QString userCode;
    QString clientId;
    QString tenantId; // empty for common/organizations
    QString scope;
    QDateTime expiresAt;
    QDateTime lastPollAt;
    int interval = 5;
    State state = State::Pending;
    QString userId; // set on approval
};

struct RefreshGrant
{
    QString token;
    QString clientId;
    QString tenantId;
    QString userId;
    QString scope; // every scope granted at sign-in
    QDateTime expiresAt;
    QDateTime issuedAt;
    QDateTime revokedAt; // set by /sandbox/users/{user}/revoke-sessions: refused with AADSTS50173 from then on
};

// A continuous access evaluation event (/sandbox/users/{user}/claims-challenge): the service ("graph" or
// "resourcemanager") refuses the user's tokens whose `nbf` is before `notBefore` with a claims challenge
// (CONTRACTS.md §1.8). Not saved in the state file.
struct CaeChallenge
{
    QString userId;
    QString service;
    qint64 notBefore = 0; // seconds since the epoch, the `value` of the challenge's `nbf` claim
};

} // namespace CrossKey::Sandbox
