// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountregistry.h"

#include "azure/accountsession.h"

namespace CrossKey::Azure {

namespace {

bool sameTenant(const AccountSession *session, const QString &cloud, const QString &tenantId)
{
    return session->account().cloud == cloud && session->account().tenantId.compare(tenantId, Qt::CaseInsensitive) == 0;
}

} // namespace

AccountRegistry::AccountRegistry(QObject *parent)
    : QObject(parent)
{}

AccountRegistry::~AccountRegistry()
{
    qDeleteAll(std::exchange(m_sessions, {}));
}

void AccountRegistry::add(AccountSession *session)
{
    if (!session || m_sessions.contains(session)) {
        return;
    }
    if (AccountSession *previous = find(session->account().cloud, session->account().tenantId)) {
        m_sessions.removeOne(previous);
        // The same user's entry was just rewritten under the same key by the new session; keep it.
        retire(previous, previous->account().key() != session->account().key());
    }
    session->setParent(this);
    m_sessions.append(session);
    Q_EMIT accountsChanged();
}

AccountSession *AccountRegistry::find(const QString &cloud, const QString &tenantId) const
{
    for (AccountSession *session : m_sessions) {
        if (sameTenant(session, cloud, tenantId)) {
            return session;
        }
    }
    return nullptr;
}

void AccountRegistry::signOut(const QString &cloud, const QString &tenantId)
{
    AccountSession *session = find(cloud, tenantId);
    if (!session) {
        return;
    }
    m_sessions.removeOne(session);
    retire(session, true);
    Q_EMIT accountsChanged();
}

void AccountRegistry::retire(AccountSession *session, bool removeStored)
{
    if (!removeStored) {
        session->deleteLater();
        return;
    }
    // Kept alive (still our child) until its store entry is gone.
    connect(session, &AccountSession::signedOut, session, &QObject::deleteLater);
    session->signOut();
}

} // namespace CrossKey::Azure
