// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accesstoken.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace CrossKey::Azure {

class AccountSession;

// AccessTokenJob is one request for an access token from an AccountSession: answered from the session's
// memory cache, or by the session's refresh for that scope, which concurrent jobs share. It finishes exactly
// once, after start() returned, and deletes itself; cancel() finishes it at once without stopping a refresh
// that other jobs wait for.
class AccessTokenJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTokenJob)

public:
    QString scope() const { return m_scope; }
    bool isFinished() const { return m_finished; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::AccessTokenResult &result);

private:
    friend class AccountSession;
    AccessTokenJob(AccountSession *session, QString scope, QByteArray claims, bool forceRefresh);
    void finish(const AccessTokenResult &result);
    void finishLater(const AccessTokenResult &result);

    QPointer<AccountSession> m_session;
    QString m_scope;
    QByteArray m_claims;
    bool m_forceRefresh = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
