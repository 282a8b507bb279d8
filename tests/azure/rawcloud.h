// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "sandbox/request.h"
#include "sandbox/server.h"

namespace CrossKey::Tests {

// A cloud whose every endpoint is `base` (a RawHttpServer): the sandbox's metadata document re-pointed.
inline Azure::Cloud rawCloud(const QUrl &base)
{
    Sandbox::Server sandbox;
    if (!sandbox.listen(0)) {
        return {};
    }
    QByteArray document =
        sandbox.dispatch(Sandbox::Request::make("GET", QStringLiteral("/metadata/endpoints?api-version=2022-09-01")))
            .body;
    document.replace(sandbox.baseUrl().toString().toUtf8(), base.toString().toUtf8());
    const auto cloud = Azure::Cloud::fromMetadata(document);
    return cloud ? cloud.value() : Azure::Cloud();
}

} // namespace CrossKey::Tests
