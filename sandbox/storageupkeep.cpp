// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storageupkeep.h"

#include "sandbox/keyvaultlookup.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

void StorageUpkeep::settle(ServiceContext &context)
{
    const QDateTime now = context.now();
    const World &world = context.world;
    for (qsizetype i = 0; i < world.storage().accounts.size(); ++i) {
        const StorageAccount account = world.storage().accounts.at(i); // a copy: edits may detach
        if (!account.operationId.isEmpty()) {
            const QList<ArmOperation> &operations = world.resourceManager().operations;
            for (qsizetype j = 0; j < operations.size(); ++j) {
                if (operations.at(j).id == account.operationId && operations.at(j).completesAt <= now) {
                    StorageAccount &edited = context.world.editStorage().accounts[i];
                    edited.provisioningState = QStringLiteral("Succeeded");
                    edited.operationId.clear();
                    context.world.editResourceManager().operations[j].applied = true;
                    break;
                }
            }
        }
        if (!account.usesCustomerKey() || !account.keyVersion.isEmpty() ||
            (account.lastVersionCheck.isValid() &&
             account.lastVersionCheck.addMSecs(context.options.storageKeyVersionCheckMs) > now)) {
            continue;
        }
        const Vault *vault = KeyVaultLookup::vaultByUri(world, context.baseUrl, account.keyVaultUri);
        const KeyVersion *latest = vault ? KeyVaultLookup::key(world, vault->name, false, account.keyName) : nullptr;
        StorageAccount &edited = context.world.editStorage().accounts[i];
        edited.lastVersionCheck = now;
        if (latest && latest->version != edited.currentKeyVersion) {
            edited.currentKeyVersion = latest->version;
            edited.lastKeyRotation = now;
        }
    }
}

} // namespace CrossKey::Sandbox
