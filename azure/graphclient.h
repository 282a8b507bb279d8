// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

class GraphObjectJob;
class PagerJob;
class RestJob;
class RestPipeline;

// GraphClient owns the Microsoft Graph v1.0 calls CrossKey makes (CONTRACTS.md §2): me, organization,
// applications, their federated identity credentials and service principals. Each call returns an unstarted
// job through the pipeline; objects come typed through GraphObjectJob, lists whole through PagerJob. Alternate keys are
// quoted the OData way ('' for a quote), so an id cannot change the path.
class GraphClient final
{
public:
    explicit GraphClient(RestPipeline *pipeline)
        : m_pipeline(pipeline)
    {}

    GraphObjectJob *me() const;     // §2.1
    PagerJob *organization() const; // §2.2, a one-element collection
    PagerJob *listApplications(int pageSize = 100) const;
    PagerJob *applicationsByAppId(const QString &appId) const; // §2.3: 0 or 1
    GraphObjectJob *getApplication(const QString &objectId) const;
    // §2.4: {"displayName","signInAudience"}; 201 with id and appId.
    GraphObjectJob *createApplication(const QString &displayName, const QString &signInAudience) const;
    RestJob *updateSignInAudience(const QString &objectId, const QString &signInAudience) const; // 204

    // §2.5 on the application's object id.
    PagerJob *listFederatedCredentials(const QString &applicationObjectId) const;
    RestJob *createFederatedCredential(const QString &applicationObjectId, const QJsonObject &credential) const;
    RestJob *deleteFederatedCredential(const QString &applicationObjectId, const QString &credentialId) const;

    // §2.6
    GraphObjectJob *servicePrincipalByAppId(const QString &appId) const; // 200 or 404
    GraphObjectJob *createServicePrincipal(const QString &appId) const;  // 201; 409 when installed already

    // {graph}/v1.0{path}[?query]
    QUrl url(const QString &path, const QString &query = {}) const;
    static QString quoteKey(const QString &value);

private:
    RestPipeline *m_pipeline;
};

} // namespace CrossKey::Azure
