// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "azure/result.h"

#include <QObject>
#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::App {
class AppServices;
}

namespace CrossKey::App::Headless {

// TenantSignIn signs in to one tenant without a window: the saved sign-in of that cloud + tenant from the
// keychain, else a device code printed to stderr. finished() carries the tenant's connection (owned by the
// sign-in service) or why there is none. `services` must be ready and outlive the job.
class TenantSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSignIn)

public:
    TenantSignIn(AppServices *services, Azure::Cloud cloud, QString tenant, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const CrossKey::Azure::Result<CrossKey::Azure::TenantConnection *> &connection);

private:
    void withDeviceCode();

    AppServices *m_services;
    Azure::Cloud m_cloud;
    QString m_tenant;
};

} // namespace CrossKey::App::Headless
