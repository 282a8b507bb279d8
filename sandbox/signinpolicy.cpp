// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/signinpolicy.h"

#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

namespace {

bool listed(const QStringList &entries, const User &user, const Tenant *tenant)
{
    for (const QString &entry : entries) {
        if (entry.compare(user.userPrincipalName, Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (entry.contains(QLatin1Char('@'))) {
            continue;
        }
        // A local part names that user in the requested tenant, or, for common/organizations, in
        // whichever tenant comes first.
        const QString localPart = user.userPrincipalName.section(QLatin1Char('@'), 0, 0);
        const bool inTenant = !tenant || user.tenantId == tenant->id;
        if (inTenant && localPart.compare(entry, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

const User *SignInPolicy::autoApprovedUser(const Authority &authority, const QString &loginHint) const
{
    const QStringList &entries = m_context.options.autoApprove;
    if (entries.isEmpty()) {
        return nullptr;
    }
    const World &world = m_context.world;
    if (!loginHint.isEmpty()) {
        const User *hinted = world.findUser(loginHint);
        if (hinted && authority.admits(*hinted) && listed(entries, *hinted, world.findTenant(hinted->tenantId))) {
            return hinted;
        }
    }
    for (const QString &entry : entries) {
        for (const User &user : world.users()) {
            if (!authority.admits(user)) {
                continue;
            }
            const Tenant *tenant = authority.tenant ? authority.tenant : nullptr;
            if (listed({entry}, user, tenant)) {
                return &user;
            }
        }
    }
    return nullptr;
}

QList<User> SignInPolicy::candidates(const Authority &authority) const
{
    QList<User> users;
    for (const User &user : m_context.world.users()) {
        if (authority.admits(user)) {
            users.append(user);
        }
    }
    return users;
}

std::optional<AadError> SignInPolicy::checkClientId(const QString &clientId, const Authority &authority) const
{
    if (clientId.isEmpty()) {
        return AadError::missingParameter(QStringLiteral("client_id"));
    }
    if (!Ids::isGuid(clientId)) {
        return AadError::invalidClientId(clientId);
    }
    if (!m_context.world.findApplication(clientId)) {
        return AadError::clientNotFound(clientId, authority.name());
    }
    return std::nullopt;
}

std::optional<AadError> SignInPolicy::checkClientInTenant(const Application &client, const QString &tenantId) const
{
    if (client.firstParty || client.tenantId == tenantId ||
        m_context.world.findServicePrincipal(tenantId, client.appId) ||
        client.signInAudience != QLatin1String("AzureADMyOrg")) {
        return std::nullopt;
    }
    return AadError::clientNotFound(client.appId, tenantId);
}

bool SignInPolicy::needsConsent(const Application &client, const User &user) const
{
    return !m_context.world.hasConsent(user.tenantId, client.appId, user.id);
}

void SignInPolicy::recordUserConsent(const Application &client, const User &user, const QString &scope)
{
    install(client, user.tenantId);
    m_context.world.editConsents().append(
        Consent{Ids::random(), user.tenantId, client.appId, user.id, scope, m_context.now()});
}

void SignInPolicy::recordAdminConsent(const Application &client, const QString &tenantId, const QString &scope)
{
    install(client, tenantId);
    m_context.world.editConsents().append(
        Consent{Ids::random(), tenantId, client.appId, QString(), scope, m_context.now()});
}

void SignInPolicy::install(const Application &client, const QString &tenantId)
{
    if (m_context.world.findServicePrincipal(tenantId, client.appId)) {
        return;
    }
    m_context.world.editServicePrincipals().append(ServicePrincipal{
        Ids::random(), client.appId, tenantId, client.displayName, client.tenantId, true, m_context.now()});
}

} // namespace CrossKey::Sandbox
