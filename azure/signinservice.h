// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clientids.h"
#include "azure/cloud.h"
#include "azure/signinrequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class AccountIndex;
class AccountRegistry;
class AccountSession;
class Clock;
class SignInOperation;
class TenantConnection;
class TokenStore;
class UrlOpener;

// SignInService owns signing in for every mode, in the GUI and headless: interactive (browser) or device code
// sign-ins that add a session to the AccountRegistry and an entry to the AccountIndex, restoring a saved
// account of a cloud + tenant from the TokenStore in a later run, one TenantConnection (token source, REST
// pipeline, clients) per signed-in session, and sign-out (store entry, index entry, tokens). Every sign-in uses
// the service's client id (setClientId(), `--client-id`). It holds no token itself.
class SignInService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInService)

public:
    enum class Method
    {
        Browser,
        DeviceCode,
    };
    Q_ENUM(Method)

    // `opener` may be null when only device code sign-ins are made (headless); the others must outlive the
    // service.
    SignInService(QNetworkAccessManager *network, const Clock &clock, TokenStore *store, AccountRegistry *registry,
                  UrlOpener *opener, AccountIndex *index, QObject *parent = nullptr);
    ~SignInService() override;

    // The public client every sign-in uses; ClientIds::defaultPublicClient() unless set.
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }

    // A new, not yet started sign-in of `request` (its clientId is replaced by clientId()). On success the
    // session is in the registry (replacing that tenant's previous one), its account saved in the store and
    // listed in the index under the tenant as the request names it (id or domain).
    SignInOperation *signIn(const SignInRequest &request, Method method);
    // A new, not yet started restore of the account the index lists for `tenant` (an id or the domain the user
    // typed) of `cloud`, signed in with clientId(): the session already in the registry, else the stored
    // account, checked with one token request for Resource Manager. A SignIn error (code NoSavedAccount) when
    // there is none, the token endpoint's error when the saved sign-in is no longer valid.
    SignInOperation *restore(const Cloud &cloud, const QString &tenant);

    // The connection for acting in the session's tenant: one per session (SessionTokenSource over the registry,
    // a RestPipeline, a TenantConnection), built on first use, owned by the service and deleted with the
    // session. Null for a null session.
    TenantConnection *connection(AccountSession *session);
    // Signs the session out: its store entry, its index entry, its tokens and its connection go.
    void signOut(AccountSession *session);

    QNetworkAccessManager *network() const { return m_network; }
    const Clock &clock() const { return m_clock; }
    TokenStore *store() const { return m_store; }
    AccountRegistry *registry() const { return m_registry; }
    AccountIndex *index() const { return m_index; }
    UrlOpener *opener() const { return m_opener; }

Q_SIGNALS:
    // A new sign-in could not be saved (e.g. the keychain refused): it works for this run only.
    void storeFailed(const CrossKey::Azure::AzureError &error);

private:
    friend class SignInOperation;

    struct Connection;
    void dropConnection(AccountSession *session);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    TokenStore *m_store;
    AccountRegistry *m_registry;
    UrlOpener *m_opener;
    AccountIndex *m_index;
    QString m_clientId = ClientIds::defaultPublicClient();
    QHash<AccountSession *, std::shared_ptr<Connection>> m_connections;
};

} // namespace CrossKey::Azure
