// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace CrossKey::Azure {

// ClaimsChallenge turns the `claims` of a resource's 401 challenge into the `claims` form parameter of a token
// request (CONTRACTS.md §1.8): base64 (padding optional, standard or url alphabet) of a JSON object, decoded
// to that object; client capabilities such as "cp1" are merged in under access_token.xms_cc.
class ClaimsChallenge final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsChallenge)

public:
    ClaimsChallenge() = delete;

    // The JSON text of the claims; an already decoded JSON object is accepted as it is. InvalidResponse when it
    // is neither.
    static Result<QByteArray> decode(const QByteArray &claims);
    // `claimsJson` (may be empty) with {"access_token":{"xms_cc":{"values":[…]}}} merged in; empty when both are.
    static QByteArray withCapabilities(const QByteArray &claimsJson, const QStringList &capabilities);
};

} // namespace CrossKey::Azure
