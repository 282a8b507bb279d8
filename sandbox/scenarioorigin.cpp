// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenarioorigin.h"

#include "sandbox/world.h"

namespace CrossKey::Sandbox {

void ScenarioOrigin::bind(World *world, const QString &origin)
{
    const QString mark = placeholder();
    bool issuers = false;
    for (const Application &app : world->applications()) {
        for (const FederatedIdentityCredential &credential : app.federatedIdentityCredentials) {
            issuers = issuers || credential.issuer.contains(mark);
        }
    }
    if (issuers) {
        for (Application &app : world->editApplications()) {
            for (FederatedIdentityCredential &credential : app.federatedIdentityCredentials) {
                credential.issuer.replace(mark, origin);
            }
        }
    }
    for (Application &app : world->editApplications()) {
        for (QString &uri : app.webRedirectUris) {
            uri.replace(mark, origin);
        }
    }
    bool uris = false;
    for (const StorageAccount &account : world->storage().accounts) {
        uris = uris || account.keyVaultUri.contains(mark);
    }
    if (uris) {
        for (StorageAccount &account : world->editStorage().accounts) {
            account.keyVaultUri.replace(mark, origin);
        }
    }
}

} // namespace CrossKey::Sandbox
