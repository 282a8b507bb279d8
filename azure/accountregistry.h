// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace CrossKey::Azure {

class AccountSession;

// AccountRegistry owns the signed-in accounts: at most one per tenant of a cloud (one sign-in per tenant,
// CONTRACTS.md §1.2), so that the ISV and the customer — in different tenants, even different clouds — are
// signed in at the same time. Signing in again to a tenant replaces its account; another user's saved
// sign-in for that tenant is then removed, as on sign-out.
class AccountRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRegistry)

public:
    explicit AccountRegistry(QObject *parent = nullptr);
    ~AccountRegistry() override;

    // Takes ownership of `session`.
    void add(AccountSession *session);
    // The session for a tenant id of a cloud (Cloud::accountKey()); null when none is signed in.
    AccountSession *find(const QString &cloud, const QString &tenantId) const;
    QList<AccountSession *> sessions() const { return m_sessions; }
    // Signs the tenant's account out (store entry and tokens) and forgets it.
    void signOut(const QString &cloud, const QString &tenantId);

Q_SIGNALS:
    void accountsChanged();

private:
    void retire(AccountSession *session, bool removeStored);

    QList<AccountSession *> m_sessions;
};

} // namespace CrossKey::Azure
