// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/signinoperation.h"

#include "azure/accesstokenjob.h"
#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/accountsession.h"
#include "azure/browsersigninjob.h"
#include "azure/devicecodesigninjob.h"
#include "azure/signinlog.h"
#include "azure/tokenstore.h"

#include <QTimer>

namespace CrossKey::Azure {

namespace {

AzureError noSavedAccount(const QString &tenant)
{
    AzureError error(AzureError::Kind::SignIn,
                     SignInOperation::tr("No saved sign-in for tenant %1 in this cloud.").arg(tenant),
                     SignInOperation::tr("Sign in to the tenant."));
    error.setCode(QStringLiteral("NoSavedAccount"));
    return error;
}

} // namespace

SignInOperation::SignInOperation(SignInService *service, Kind kind, SignInRequest request)
    : QObject(service)
    , m_service(service)
    , m_kind(kind)
    , m_request(std::move(request))
{}

SignInOperation::~SignInOperation()
{
    // Not handed to the registry: nobody else owns it.
    delete m_pending.data();
}

void SignInOperation::start()
{
    if (std::exchange(m_started, true)) {
        return;
    }
    if (m_kind == Kind::Restore) {
        startRestore();
    } else {
        startSignIn();
    }
}

void SignInOperation::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_browserJob) {
        m_browserJob->disconnect(this);
        m_browserJob->cancel();
    }
    if (m_deviceJob) {
        m_deviceJob->disconnect(this);
        m_deviceJob->cancel();
    }
    if (m_storeJob) {
        m_storeJob->disconnect(this);
        m_storeJob->cancel();
    }
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->cancel();
    }
    finish(AzureError::cancelled());
}

void SignInOperation::startSignIn()
{
    SignInService *service = m_service;
    if (m_kind == Kind::Browser) {
        if (!service->opener()) {
            finishLater(AzureError(AzureError::Kind::SignIn, tr("No browser can be opened here."),
                                   tr("Sign in with a device code instead.")));
            return;
        }
        m_browserJob = new BrowserSignInJob(service->network(), service->opener(), m_request, this);
        connect(m_browserJob, &BrowserSignInJob::browserOpened, this, &SignInOperation::browserOpened);
        connect(m_browserJob, &BrowserSignInJob::finished, this, &SignInOperation::adoptTokens);
        m_browserJob->start();
        return;
    }
    m_deviceJob = new DeviceCodeSignInJob(service->network(), service->clock(), m_request, this);
    connect(m_deviceJob, &DeviceCodeSignInJob::codeReady, this, &SignInOperation::deviceCodeReady);
    connect(m_deviceJob, &DeviceCodeSignInJob::finished, this, &SignInOperation::adoptTokens);
    m_deviceJob->start();
}

void SignInOperation::adoptTokens(const TokenResult &tokens)
{
    if (!tokens) {
        finish(tokens.error());
        return;
    }
    SignInService *service = m_service;
    if (!service) {
        finish(AzureError::cancelled());
        return;
    }
    const auto made =
        AccountSession::fromSignIn(service->network(), service->store(), service->clock(), m_request, tokens.value());
    if (!made) {
        finish(made.error());
        return;
    }
    AccountSession *session = made.value();
    m_pending = session;
    const auto handOver = [this, session] {
        m_pending.clear();
        if (m_service && m_service->registry()) {
            m_service->registry()->add(session);
        }
        finish(session);
    };
    if (!session->isSignedIn() || !service->store()) {
        handOver(); // nothing to save, so nothing to find again later
        return;
    }
    // fromSignIn() started the store write; its answer comes after this returns.
    auto *once = new QObject(this);
    connect(session, &AccountSession::storeWritten, once, [this, once, session, handOver](const TokenStoreResult &r) {
        delete once;
        if (!m_service) {
            return;
        }
        if (r) {
            if (AccountIndex *index = m_service->index()) {
                AccountIndex::Entry entry;
                entry.cloud = session->account().cloud;
                entry.resourceManager = session->cloud().resourceManagerUrl();
                entry.tenantId = session->account().tenantId;
                entry.tenant = m_request.tenant;
                entry.username = session->account().username;
                entry.clientId = session->account().clientId;
                entry.accountKey = session->account().key();
                index->add(entry);
            }
        } else {
            qCWarning(lcSignIn).noquote() << "account not saved:" << r.error().summary();
            Q_EMIT m_service->storeFailed(r.error());
        }
        handOver();
    });
}

void SignInOperation::startRestore()
{
    SignInService *service = m_service;
    const Cloud &cloud = m_request.cloud;
    const auto entry = service->index() ? service->index()->find(cloud, m_request.tenant, m_request.clientId)
                                        : std::optional<AccountIndex::Entry>();
    const QString tenantId = entry ? entry->tenantId : m_request.tenant;
    if (service->registry()) {
        AccountSession *session = service->registry()->find(cloud.accountKey(), tenantId);
        if (session && session->isSignedIn() && session->cloud() == cloud &&
            session->account().clientId.compare(m_request.clientId, Qt::CaseInsensitive) == 0) {
            finishLater(session);
            return;
        }
    }
    if (!entry || !service->store()) {
        finishLater(noSavedAccount(m_request.tenant));
        return;
    }
    m_storeJob = service->store()->read(entry->accountKey);
    connect(m_storeJob, &TokenStoreJob::finished, this, [this, entry = *entry](const TokenStoreResult &read) {
        if (!read) {
            finish(read.error());
            return;
        }
        if (!read.value()) {
            // The keychain lost it (or another tool removed it): the index entry leads nowhere.
            m_service->index()->remove(entry.accountKey);
            finish(noSavedAccount(m_request.tenant));
            return;
        }
        const auto restored = AccountSession::restore(m_service->network(), m_service->store(), m_service->clock(),
                                                      m_request.cloud, *read.value());
        if (!restored) {
            finish(restored.error());
            return;
        }
        m_pending = restored.value();
        if (m_pending->account().key() != entry.accountKey) {
            finish(noSavedAccount(m_request.tenant)); // a stored secret under another account's name
            return;
        }
        Q_EMIT accountFound(m_pending->account().username);
        checkRestored(m_pending);
    });
    m_storeJob->start();
}

void SignInOperation::checkRestored(AccountSession *session)
{
    // One token proves the saved refresh token still works and the cloud is reachable, before a plan relies on it.
    m_tokenJob = session->accessToken(m_request.cloud.armScope());
    connect(m_tokenJob, &AccessTokenJob::finished, this, [this, session](const AccessTokenResult &token) {
        if (!token) {
            finish(token.error());
            return;
        }
        m_pending.clear();
        if (m_service && m_service->registry()) {
            m_service->registry()->add(session);
        }
        finish(session);
    });
    m_tokenJob->start();
}

void SignInOperation::finish(const SessionResult &result)
{
    if (std::exchange(m_finished, true)) {
        return;
    }
    Q_EMIT finished(result);
    deleteLater();
}

void SignInOperation::finishLater(const SessionResult &result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

} // namespace CrossKey::Azure
