// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/metadataservice.h"

#include "sandbox/keyvaulturis.h"
#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {
const QStringList kSingleCloudVersions = {QStringLiteral("2022-09-01")};
const QStringList kListVersions = {QStringLiteral("2015-01-01"), QStringLiteral("2018-01-01"),
                                   QStringLiteral("2019-05-01"), QStringLiteral("2020-06-01")};
} // namespace

bool MetadataService::handles(const Request &request) const
{
    return request.path == QLatin1String("/metadata/endpoints");
}

Response MetadataService::handle(const Request &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        return ServiceError::resourceManager(405, QStringLiteral("MethodNotAllowed"),
                                             QStringLiteral("The requested resource does not support http method '%1'.")
                                                 .arg(QString::fromLatin1(request.method)));
    }
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (version.isEmpty()) {
        return ServiceError::resourceManager(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    }
    if (kSingleCloudVersions.contains(version)) {
        return Response::json(cloud());
    }
    if (kListVersions.contains(version)) {
        return Response::json(QJsonArray{cloud()});
    }
    return ServiceError::resourceManager(
        400, QStringLiteral("InvalidApiVersionParameter"),
        QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
            .arg(version, (kSingleCloudVersions + kListVersions).join(QLatin1Char(','))));
}

QJsonObject MetadataService::cloud() const
{
    const QString base = m_context.url(QStringLiteral("/"));
    // Resource identifiers stay the public cloud's (CONTRACTS.md §1.1), except Microsoft Graph: like an
    // Azure Stack-like cloud, the sandbox names its own Graph, so clients reading this document call
    // Graph here and ask for `{origin}/.default` (ServiceContext::graphResource()). `graph` is the legacy
    // Azure AD Graph, which real documents list separately; clients must not take Graph from it.
    const QJsonObject suffixes{
        {QStringLiteral("acrLoginServer"), QStringLiteral("azurecr.io")},
        {QStringLiteral("sqlServerHostname"), QStringLiteral("database.windows.net")},
        // Vault URIs are path-based on this origin (KeyVaultUris), so the suffix is the origin's.
        {QStringLiteral("keyVaultDns"), KeyVaultUris::dnsSuffix(m_context.baseUrl)},
        {QStringLiteral("storage"), QStringLiteral("core.windows.net")},
        {QStringLiteral("mhsmDns"), KeyVaultUris::dnsSuffix(m_context.baseUrl)},
        {QStringLiteral("storageSyncEndpointSuffix"), QStringLiteral("afs.azure.net")},
        {QStringLiteral("azureFrontDoorEndpointSuffix"), QStringLiteral("azurefd.net")},
        {QStringLiteral("mysqlServerEndpoint"), QStringLiteral("mysql.database.azure.com")},
        {QStringLiteral("postgresqlServerEndpoint"), QStringLiteral("postgres.database.azure.com")},
        {QStringLiteral("mariadbServerEndpoint"), QStringLiteral("mariadb.database.azure.com")},
        {QStringLiteral("synapseAnalytics"), QStringLiteral("dev.azuresynapse.net")},
        {QStringLiteral("attestationEndpoint"), QStringLiteral("attest.azure.net")},
        {QStringLiteral("azureDataLakeStoreFileSystem"), QStringLiteral("azuredatalakestore.net")},
        {QStringLiteral("azureDataLakeAnalyticsCatalogAndJob"), QStringLiteral("azuredatalakeanalytics.net")},
    };
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("CrossKeySandbox")},
        {QStringLiteral("portal"), base},
        {QStringLiteral("resourceManager"), base},
        {QStringLiteral("graph"), base},
        {QStringLiteral("graphAudience"), QStringLiteral("https://graph.windows.net/")},
        {QStringLiteral("microsoftGraphResourceId"), base},
        {QStringLiteral("authentication"),
         QJsonObject{{QStringLiteral("loginEndpoint"), base},
                     {QStringLiteral("audiences"), QJsonArray{QStringLiteral("https://management.core.windows.net/"),
                                                              QStringLiteral("https://management.azure.com/")}},
                     {QStringLiteral("tenant"), QStringLiteral("common")},
                     {QStringLiteral("identityProvider"), QStringLiteral("AAD")}}},
        {QStringLiteral("batch"), QStringLiteral("https://batch.core.windows.net/")},
        {QStringLiteral("media"), QStringLiteral("https://rest.media.azure.net")},
        {QStringLiteral("sqlManagement"), QStringLiteral("https://management.core.windows.net:8443/")},
        {QStringLiteral("vmImageAliasDoc"), QString()},
        {QStringLiteral("activeDirectoryDataLake"), QStringLiteral("https://datalake.azure.net/")},
        {QStringLiteral("appInsightsResourceId"), QStringLiteral("https://api.applicationinsights.io")},
        {QStringLiteral("appInsightsTelemetryChannelResourceId"),
         QStringLiteral("https://dc.applicationinsights.azure.com/v2/track")},
        {QStringLiteral("attestationResourceId"), QStringLiteral("https://attest.azure.net")},
        {QStringLiteral("synapseAnalyticsResourceId"), QStringLiteral("https://dev.azuresynapse.net")},
        {QStringLiteral("logAnalyticsResourceId"), QStringLiteral("https://api.loganalytics.io")},
        {QStringLiteral("ossrDbmsResourceId"), QStringLiteral("https://ossrdbms-aad.database.windows.net")},
        {QStringLiteral("suffixes"), suffixes},
    };
}

} // namespace CrossKey::Sandbox
