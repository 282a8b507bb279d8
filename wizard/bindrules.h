// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "azure/restresponse.h"
#include "azure/storageaccountclient.h"
#include "azure/storageaccountinfo.h"
#include "wizard/runcontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace CrossKey::Wizard {

// BindRules holds what the ISV bind steps share (issue 9, CONTRACTS.md §3.9, §5): reading the account from an
// answer, what the run wants the account's encryption to be, whether the account already is so, how to describe
// it, and the cause and fix for each known failure of binding a customer key.
class BindRules final
{
    Q_DECLARE_TR_FUNCTIONS(BindRules)

public:
    BindRules() = delete;

    // The account's name, subscription and group from the context.
    static QString accountName(const RunContext &context);
    static QString subscription(const RunContext &context);
    static QString group(const RunContext &context);

    // Whether the run pins a version: PinVersion "true", or a KeyVersion given (a key grant with a version).
    static bool pinned(const RunContext &context);
    // The key the run wants, version: KeyVersion; when pinned without one, `currentVersion` (the version in use).
    static Azure::StorageAccountClient::CustomerKey wantedKey(const RunContext &context,
                                                              const QString &currentVersion = {});

    static Azure::Result<Azure::StorageAccountInfo> account(const Azure::RestResult &result);
    // The account (or its group) does not exist.
    static bool isMissing(const Azure::AzureError &error);

    // The account uses this vault and key through this identity and app.
    static bool usesKey(const Azure::StorageAccountInfo &account, const RunContext &context);
    static bool usesIdentity(const Azure::StorageAccountInfo &account, const RunContext &context);
    // usesKey, usesIdentity and the wanted version mode (followed: keyversion empty; pinned: KeyVersion or any).
    static bool isBound(const Azure::StorageAccountInfo &account, const RunContext &context);

    // One line for evidence: "Microsoft-managed keys" or the key URI, version mode, identity and app id.
    static QString describeEncryption(const Azure::StorageAccountInfo &account);

    // Adds the cause and fix to a failed PATCH or GET of the bind steps.
    static Azure::AzureError explain(Azure::AzureError error, const RunContext &context);
    // Errors that a wait may clear: a key grant still propagating, an operation on the account in progress.
    static bool isTransient(const Azure::AzureError &error);
};

} // namespace CrossKey::Wizard
