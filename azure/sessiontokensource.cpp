// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/sessiontokensource.h"

#include "azure/accesstokenjob.h"
#include "azure/accountregistry.h"
#include "azure/accountsession.h"

#include <QTimer>

namespace CrossKey::Azure {

SessionTokenSource::SessionTokenSource(AccountSession *session, AccountRegistry *registry)
    : m_session(session)
    , m_registry(registry)
{}

AccountSession *SessionTokenSource::sessionFor(const QString &tenantId) const
{
    if (!m_session) {
        return nullptr;
    }
    if (tenantId.isEmpty() || m_session->account().tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) {
        return m_session;
    }
    return m_registry ? m_registry->find(m_session->cloud().accountKey(), tenantId.toLower()) : nullptr;
}

void SessionTokenSource::requestToken(const Request &request, QObject *context, Callback done)
{
    AccountSession *session = sessionFor(request.tenantId);
    if (!session) {
        const AzureError error(AzureError::Kind::SignIn,
                               tr("No account is signed in to tenant %1.").arg(request.tenantId),
                               tr("Sign in to that tenant, then try again."));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    AccessTokenJob *job = session->accessToken(request.scope, request.claims, request.forceRefresh);
    QObject::connect(job, &AccessTokenJob::finished, context,
                     [done](const AccessTokenResult &result) { done(result); });
    // A dropped request (context destroyed) cancels its token job, which other waiters do not depend on.
    QObject::connect(context, &QObject::destroyed, job, &AccessTokenJob::cancel);
    job->start();
}

} // namespace CrossKey::Azure
