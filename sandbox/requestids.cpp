// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestids.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CrossKey::Sandbox {

void RequestIds::apply(HeaderStyle style, const Request &request, Response *response)
{
    const QByteArray requestId = request.requestId.toLatin1();
    const QByteArray clientRequestId = request.clientRequestId.toLatin1();
    switch (style) {
    case HeaderStyle::Sandbox:
        response->setHeader("x-ms-request-id", requestId);
        break;
    case HeaderStyle::IdentityPlatform:
        response->setHeader("x-ms-request-id", requestId);
        response->setHeader("x-ms-ests-server", "2.1.sandbox - local");
        if (!clientRequestId.isEmpty()) {
            response->setHeader("client-request-id", clientRequestId);
        }
        response->setHeader("Cache-Control", "no-store, no-cache");
        break;
    case HeaderStyle::ResourceManager:
        response->setHeader("x-ms-request-id", requestId);
        response->setHeader("x-ms-correlation-request-id", clientRequestId.isEmpty() ? requestId : clientRequestId);
        response->setHeader(
            "x-ms-routing-request-id",
            "LOCAL:" + request.receivedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1() + ':' +
                requestId);
        if (request.method == "DELETE") {
            response->setHeader("x-ms-ratelimit-remaining-subscription-deletes", "14999");
        } else if (request.method == "GET" || request.method == "HEAD") {
            response->setHeader("x-ms-ratelimit-remaining-subscription-reads", "11999");
        } else {
            response->setHeader("x-ms-ratelimit-remaining-subscription-writes", "1199");
        }
        response->setHeader("Cache-Control", "no-cache");
        break;
    case HeaderStyle::Graph: {
        response->setHeader("request-id", requestId);
        response->setHeader("client-request-id", clientRequestId.isEmpty() ? requestId : clientRequestId);
        const QJsonObject diagnostic{
            {QStringLiteral("ServerInfo"), QJsonObject{{QStringLiteral("DataCenter"), QStringLiteral("Sandbox")},
                                                       {QStringLiteral("Slice"), QStringLiteral("E")},
                                                       {QStringLiteral("Ring"), QStringLiteral("0")},
                                                       {QStringLiteral("ScaleUnit"), QStringLiteral("000")},
                                                       {QStringLiteral("RoleInstance"), QStringLiteral("LOCAL")}}}};
        response->setHeader("x-ms-ags-diagnostic", QJsonDocument(diagnostic).toJson(QJsonDocument::Compact));
        break;
    }
    case HeaderStyle::KeyVault:
        response->setHeader("x-ms-request-id", requestId);
        if (!clientRequestId.isEmpty()) {
            response->setHeader("x-ms-client-request-id", clientRequestId);
        }
        response->setHeader("x-ms-keyvault-region", "local");
        response->setHeader("x-ms-keyvault-service-version", "1.9.sandbox");
        break;
    }
}

} // namespace CrossKey::Sandbox
