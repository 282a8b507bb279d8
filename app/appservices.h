// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/result.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace CrossKey::Azure {
class TokenStore;
class TokenStoreChoiceJob;
class UrlOpener;
} // namespace CrossKey::Azure

namespace CrossKey::App {

// AppServices builds what the window and the headless commands share: the network access manager, the system
// clock, the token store (the OS keychain, or memory for this run when the keychain cannot be used), the
// account registry, the account index (in the given QSettings) and the sign-in service with the chosen client
// id. The token store is chosen asynchronously (a keychain can take seconds to answer); signIn() is null until
// ready() was emitted.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    // `settings` (account index) and `opener` (browser sign-in; null: device code only) must outlive this.
    AppServices(QSettings *settings, Azure::UrlOpener *opener, QObject *parent = nullptr);
    ~AppServices() override;

    // A `--client-id` value: empty gives the default public client (the Azure CLI's), else it must be a GUID.
    static Azure::Result<QString> clientIdFromOption(const QString &value);
    // The public client of every sign-in; set before start() (or any time: later sign-ins use it).
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }

    // Chooses the token store, then builds the sign-in service and emits ready(). When the keychain cannot be
    // used, tokens are kept in memory for this run and notice() says so (no plain-text fallback, docs/azure.md).
    void start();
    bool isReady() const { return m_signIn != nullptr; }
    // True when sign-ins are saved in the OS keychain, false when they live in memory for this run only.
    bool usesKeychain() const { return m_usesKeychain; }

    QNetworkAccessManager *network() { return &m_network; }
    const Azure::Clock &clock() const { return m_clock; }
    Azure::TokenStore *tokenStore() const { return m_store.get(); }
    Azure::AccountRegistry *registry() { return &m_registry; }
    Azure::AccountIndex *accountIndex() { return &m_index; }
    Azure::SignInService *signIn() const { return m_signIn; }

Q_SIGNALS:
    // Something the user should know that is not an error of what they asked, e.g. "no keychain".
    void notice(const QString &text);
    void ready();

private:
    void useStore(std::shared_ptr<Azure::TokenStore> store, bool keychain);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    Azure::AccountRegistry m_registry;
    Azure::AccountIndex m_index;
    Azure::UrlOpener *m_opener;
    std::shared_ptr<Azure::TokenStore> m_store;
    QPointer<Azure::SignInService> m_signIn;
    QPointer<Azure::TokenStoreChoiceJob> m_choice;
    QString m_clientId;
    bool m_usesKeychain = false;
    bool m_started = false;
};

} // namespace CrossKey::App
