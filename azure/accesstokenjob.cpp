// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accesstokenjob.h"

#include "azure/accountsession.h"

#include <QTimer>

namespace CrossKey::Azure {

AccessTokenJob::AccessTokenJob(AccountSession *session, QString scope, QByteArray claims, bool forceRefresh)
    : m_session(session)
    , m_scope(std::move(scope))
    , m_claims(std::move(claims))
    , m_forceRefresh(forceRefresh)
{}

void AccessTokenJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    if (!m_session) {
        finishLater(AzureError::cancelled());
        return;
    }
    m_session->serve(this);
}

void AccessTokenJob::cancel()
{
    finish(AzureError::cancelled());
}

void AccessTokenJob::finishLater(const AccessTokenResult &result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void AccessTokenJob::finish(const AccessTokenResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
