// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrlQuery>

#include <utility>

namespace CrossKey::Azure {

// ServiceError turns a service's error answer into the one error type: status, code, Azure's message
// verbatim, the request ids to quote to support, and a translated hint (ErrorHints). Pure functions, so
// every body shape is tested with real answers; anything that is not the expected JSON (HTML from a proxy,
// empty, truncated, wrong types) still gives a clear error, never a crash.
class ServiceError final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceError)

public:
    // As QNetworkReply::rawHeaderPairs() gives them.
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    enum class Service
    {
        ResourceManager, // common-types v5 error body (CONTRACTS.md §0)
        Graph,           // error{code,message,innerError} (§2)
        KeyVault,        // error{code,message,innererror{code}} (§4)
        Identity,        // token and device-code endpoints: error, error_description, error_codes (§1.6)
        Storage,         // the blob data plane: x-ms-error-code and <Error><Code/><Message/></Error> (§5)
    };

    ServiceError() = delete;

    static AzureError fromReply(Service service, int httpStatus, const Headers &headers, const QByteArray &body);
    static AzureError fromResourceManager(int httpStatus, const Headers &headers, const QByteArray &body);
    static AzureError fromGraph(int httpStatus, const Headers &headers, const QByteArray &body);
    static AzureError fromKeyVault(int httpStatus, const Headers &headers, const QByteArray &body);
    static AzureError fromIdentity(int httpStatus, const Headers &headers, const QByteArray &body);
    static AzureError fromStorage(int httpStatus, const Headers &headers, const QByteArray &body);
    // The error of an authorize or admin-consent redirect: ?error=…&error_description=… (§1.2, §1.7).
    static AzureError fromRedirect(const QUrlQuery &query);

    // The service's name as users know it, for messages.
    static QString serviceName(Service service);
};

} // namespace CrossKey::Azure
