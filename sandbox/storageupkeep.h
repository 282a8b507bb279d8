// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CrossKey::Sandbox {

struct ServiceContext;

// StorageUpkeep moves storage accounts along the clock before a request is answered: a create
// whose long-running operation is due becomes Succeeded, and an account on a customer key without
// keyversion moves to the key's latest version every ServerOptions::storageKeyVersionCheckMs.
class StorageUpkeep final
{
public:
    static void settle(ServiceContext &context);
};

} // namespace CrossKey::Sandbox
