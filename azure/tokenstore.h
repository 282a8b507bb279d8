// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/storedaccount.h"
#include "azure/tokenstorejob.h"

namespace CrossKey::Azure {

// TokenStore keeps each account's refresh token and data under an account key (e.g. "<cloud>/<tenant id>/
// <user object id>"), asynchronously: every call returns a job that the caller connects to and starts.
// Implementations never write secrets to files or logs; when they cannot keep them, jobs fail with an
// AzureError of kind Keychain that the app shows (and then keeps tokens in memory for this run only).
class TokenStore
{
public:
    virtual ~TokenStore() = default;

    virtual TokenStoreJob *read(const QString &accountKey) = 0;
    virtual TokenStoreJob *write(const QString &accountKey, const StoredAccount &account) = 0;
    // Removing an account that is not stored succeeds (sign-out is idempotent).
    virtual TokenStoreJob *remove(const QString &accountKey) = 0;
};

} // namespace CrossKey::Azure
