// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/serviceerror.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>
#include <optional>

namespace CrossKey::Azure {

// RestRequest is one call as a typed client describes it: which service (so the pipeline knows the token
// scope, the request-id header and the error shape), method, absolute URL and an optional JSON body.
struct RestRequest
{
    using Service = ServiceError::Service;

    Service service = Service::ResourceManager;
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON; sent with Content-Type application/json when not empty
    ServiceError::Headers headers;
    // Per-attempt timeout; zero: the pipeline's default.
    std::chrono::milliseconds timeout{0};

    // Whether a lost answer (network error, 5xx) may be resent: GET, HEAD, PUT and DELETE are idempotent
    // by HTTP's rules; POST and PATCH only when the caller says so. 429 is always retried: it was not processed.
    bool isIdempotent() const
    {
        return m_idempotent.value_or(method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE");
    }
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }

    static RestRequest get(Service service, QUrl url)
    {
        RestRequest request;
        request.service = service;
        request.url = std::move(url);
        return request;
    }
    static RestRequest withBody(Service service, QByteArray method, QUrl url, QByteArray body)
    {
        RestRequest request = get(service, std::move(url));
        request.method = std::move(method);
        request.body = std::move(body);
        return request;
    }

private:
    std::optional<bool> m_idempotent;
};

} // namespace CrossKey::Azure
