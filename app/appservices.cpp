// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appservices.h"

#include "azure/clientids.h"
#include "azure/keychaintokenstore.h"
#include "azure/signinservice.h"
#include "azure/tokenstorechoicejob.h"

#include <QRegularExpression>

namespace CrossKey::App {

namespace {

// Shorter than a store job's own timeout: a locked keyring must not hold up the start for long.
constexpr std::chrono::seconds kProbeTimeout{8};

} // namespace

AppServices::AppServices(QSettings *settings, Azure::UrlOpener *opener, QObject *parent)
    : QObject(parent)
    , m_index(settings)
    , m_opener(opener)
    , m_clientId(Azure::ClientIds::defaultPublicClient())
{}

AppServices::~AppServices()
{
    if (m_choice) {
        m_choice->disconnect(this); // it still finishes and deletes itself
    }
    // The service points at the store and the registry: it goes first.
    delete m_signIn.data();
}

Azure::Result<QString> AppServices::clientIdFromOption(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return Azure::ClientIds::defaultPublicClient();
    }
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!guid.match(trimmed).hasMatch()) {
        Azure::AzureError error(Azure::AzureError::Kind::InvalidInput,
                                tr("--client-id must be an application (client) id, a GUID such as %1, not \"%2\".")
                                    .arg(Azure::ClientIds::defaultPublicClient(), value),
                                tr("Give the client id of a public client registration, or leave the option out "
                                   "to sign in as the Azure CLI."));
        error.setCode(QStringLiteral("InvalidClientId"));
        return error;
    }
    return trimmed.toLower();
}

void AppServices::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    if (m_signIn) {
        m_signIn->setClientId(clientId);
    }
}

void AppServices::start()
{
    if (std::exchange(m_started, true)) {
        return;
    }
    m_choice = new Azure::TokenStoreChoiceJob(QString(Azure::KeychainTokenStore::kDefaultService),
                                              std::chrono::milliseconds(kProbeTimeout), this);
    connect(m_choice, &Azure::TokenStoreChoiceJob::finished, this, [this](const Azure::TokenStoreChoice &choice) {
        if (choice.notice) {
            Q_EMIT notice(tr("%1 %2").arg(choice.notice->message(), choice.notice->hint()));
        }
        useStore(choice.store, choice.usesKeychain());
    });
    m_choice->start();
}

void AppServices::useStore(std::shared_ptr<Azure::TokenStore> store, bool keychain)
{
    m_store = std::move(store);
    m_usesKeychain = keychain;
    m_signIn = new Azure::SignInService(&m_network, m_clock, m_store.get(), &m_registry, m_opener, &m_index, this);
    m_signIn->setClientId(m_clientId);
    connect(m_signIn, &Azure::SignInService::storeFailed, this,
            [this](const Azure::AzureError &error) { Q_EMIT notice(tr("%1 %2").arg(error.message(), error.hint())); });
    Q_EMIT ready();
}

} // namespace CrossKey::App
