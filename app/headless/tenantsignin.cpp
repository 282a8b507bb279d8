// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/tenantsignin.h"

#include "app/appservices.h"
#include "app/headless/console.h"
#include "azure/accountsession.h"
#include "azure/signinoperation.h"
#include "azure/signinservice.h"

namespace CrossKey::App::Headless {

TenantSignIn::TenantSignIn(AppServices *services, Azure::Cloud cloud, QString tenant, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
{}

void TenantSignIn::start()
{
    if (!m_services->usesKeychain()) {
        withDeviceCode();
        return;
    }
    Azure::SignInOperation *restore = m_services->signIn()->restore(m_cloud, m_tenant);
    connect(restore, &Azure::SignInOperation::finished, this, [this](const Azure::SessionResult &result) {
        if (result) {
            Console::err(tr("Using the saved sign-in of %1 for %2.").arg(result.value()->account().username, m_tenant));
            Q_EMIT finished(m_services->signIn()->connection(result.value()));
            return;
        }
        if (result.error().code() != QLatin1String("NoSavedAccount")) {
            Console::err(tr("The saved sign-in cannot be used: %1").arg(result.error().summary()));
        }
        withDeviceCode();
    });
    restore->start();
}

void TenantSignIn::withDeviceCode()
{
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = m_tenant;
    Azure::SignInOperation *operation = m_services->signIn()->signIn(request, Azure::SignInService::Method::DeviceCode);
    connect(operation, &Azure::SignInOperation::deviceCodeReady, this, [this](const Azure::DeviceCodePrompt &prompt) {
        Console::err(tr("Sign in to %1:").arg(m_tenant));
        Console::err(prompt.message.isEmpty() ? tr("To sign in, open %1 and enter the code %2")
                                                    .arg(prompt.verificationUri.toString(), prompt.userCode)
                                              : prompt.message);
    });
    connect(operation, &Azure::SignInOperation::finished, this, [this](const Azure::SessionResult &result) {
        if (!result) {
            Q_EMIT finished(result.error());
            return;
        }
        Console::err(tr("Signed in to tenant %1 as %2.")
                         .arg(result.value()->account().tenantId, result.value()->account().username));
        Q_EMIT finished(m_services->signIn()->connection(result.value()));
    });
    operation->start();
}

} // namespace CrossKey::App::Headless
