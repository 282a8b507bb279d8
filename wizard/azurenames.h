// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QString>

namespace CrossKey::Wizard {

// AzureNames holds Azure's naming rules for what the ISV prepare steps create, so bad names are refused on
// the page before anything is sent. Each check returns InvalidInput with a message naming the rule.
class AzureNames final
{
    Q_DECLARE_TR_FUNCTIONS(AzureNames)

public:
    AzureNames() = delete;

    // 1–90 characters: letters, digits, '.', '_', '-', '(', ')'; not ending in '.'.
    static Azure::Result<void> checkResourceGroup(const QString &name);
    // 1–120 characters, not blank.
    static Azure::Result<void> checkAppDisplayName(const QString &name);
    // 3–128 characters: letters, digits, '-', '_'; first a letter or digit.
    static Azure::Result<void> checkUserAssignedIdentity(const QString &name);
    // 3–120 characters: letters, digits, '-', '_'; first a letter or digit (CONTRACTS.md §2.5).
    static Azure::Result<void> checkFederatedCredential(const QString &name);
    // A GUID in its usual 8-4-4-4-12 form (tenant, subscription, app ids).
    static bool isGuid(const QString &text);

    // The credential name CrossKey gives: "crosskey-" + the identity name with every character outside the
    // rule replaced by '-', cut to 120.
    static QString federatedCredentialNameFor(const QString &identityName);
};

} // namespace CrossKey::Wizard
