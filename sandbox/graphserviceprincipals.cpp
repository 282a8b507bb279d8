// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphserviceprincipals.h"

#include "sandbox/graphcall.h"
#include "sandbox/graphodata.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

const QString kResource = QStringLiteral("ServicePrincipal");
const QString kType = QStringLiteral("servicePrincipal");

QStringList properties()
{
    return GraphServicePrincipals::toJson(ServicePrincipal(), World()).keys();
}

} // namespace

QJsonObject GraphServicePrincipals::toJson(const ServicePrincipal &p, const World &world)
{
    const QJsonValue null;
    const Application *application = world.findApplication(p.appId);
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("accountEnabled"), p.accountEnabled},
        {QStringLiteral("alternativeNames"), QJsonArray()},
        {QStringLiteral("appDisplayName"), application ? application->displayName : p.displayName},
        {QStringLiteral("appDescription"), null},
        {QStringLiteral("appId"), p.appId},
        {QStringLiteral("applicationTemplateId"), null},
        {QStringLiteral("appOwnerOrganizationId"), p.appOwnerOrganizationId},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("description"), null},
        {QStringLiteral("disabledByMicrosoftStatus"), null},
        {QStringLiteral("displayName"), p.displayName},
        {QStringLiteral("homepage"), null},
        {QStringLiteral("loginUrl"), null},
        {QStringLiteral("logoutUrl"), null},
        {QStringLiteral("notes"), null},
        {QStringLiteral("notificationEmailAddresses"), QJsonArray()},
        {QStringLiteral("preferredSingleSignOnMode"), null},
        {QStringLiteral("preferredTokenSigningKeyThumbprint"), null},
        {QStringLiteral("replyUrls"),
         QJsonArray::fromStringList(application ? application->webRedirectUris : QStringList())},
        {QStringLiteral("servicePrincipalNames"), QJsonArray{p.appId}},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"), application ? QJsonValue(application->signInAudience) : null},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("tokenEncryptionKeyId"), null},
        {QStringLiteral("samlSingleSignOnSettings"), null},
        {QStringLiteral("addIns"), QJsonArray()},
        {QStringLiteral("appRoles"), QJsonArray()},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("logoUrl"), null},
                                             {QStringLiteral("marketingUrl"), null},
                                             {QStringLiteral("privacyStatementUrl"), null},
                                             {QStringLiteral("supportUrl"), null},
                                             {QStringLiteral("termsOfServiceUrl"), null}}},
        {QStringLiteral("keyCredentials"), QJsonArray()},
        {QStringLiteral("oauth2PermissionScopes"), QJsonArray()},
        {QStringLiteral("passwordCredentials"), QJsonArray()},
        {QStringLiteral("resourceSpecificApplicationPermissions"), QJsonArray()},
        {QStringLiteral("verifiedPublisher"), QJsonObject{{QStringLiteral("displayName"), null},
                                                          {QStringLiteral("verifiedPublisherId"), null},
                                                          {QStringLiteral("addedDateTime"), null}}},
    };
}

const ServicePrincipal *GraphServicePrincipals::find(const GraphCall &call, const QString &id, bool byAppId)
{
    for (const ServicePrincipal &principal : call.context().world.servicePrincipals()) {
        if (principal.tenantId == call.tenantId() &&
            (byAppId ? principal.appId : principal.id).compare(id, Qt::CaseInsensitive) == 0) {
            return &principal;
        }
    }
    return nullptr;
}

Response GraphServicePrincipals::list(const GraphCall &call)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const GraphOData odata(call, kType, properties(),
                           {QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName"),
                            QStringLiteral("servicePrincipalType"), QStringLiteral("appOwnerOrganizationId")});
    if (odata.error()) {
        return *odata.error();
    }
    const World &world = call.context().world;
    QList<QJsonObject> entities;
    for (const ServicePrincipal &principal : world.servicePrincipals()) {
        if (principal.tenantId == call.tenantId()) {
            entities.append(toJson(principal, world));
        }
    }
    return odata.collection(QStringLiteral("servicePrincipals"), entities);
}

Response GraphServicePrincipals::get(const GraphCall &call, const ServicePrincipal &principal)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const GraphOData odata(call, kType, properties(), {});
    if (odata.error()) {
        return *odata.error();
    }
    return odata.entity(QStringLiteral("servicePrincipals"), toJson(principal, call.context().world));
}

Response GraphServicePrincipals::create(const GraphCall &call)
{
    QJsonObject body;
    if (auto failure = call.readBody(&body)) {
        return *failure;
    }
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() == QLatin1String("appId") || it.key() == QLatin1String("@odata.type")) {
            continue;
        }
        if (!properties().contains(it.key())) {
            return call.unknownProperty(it.key(), kType);
        }
    }
    const QJsonValue appIdValue = body.value(QStringLiteral("appId"));
    if (appIdValue.isUndefined() || appIdValue.isNull() || appIdValue.toString().isEmpty()) {
        return call.required(QStringLiteral("appId"), kResource);
    }
    if (!appIdValue.isString()) {
        return call.invalidValue(QStringLiteral("appId"), kResource);
    }
    if (!call.canWriteApplications()) {
        return call.denied();
    }
    ServiceContext &context = call.context();
    const QString appId = appIdValue.toString();
    const Application *application = Ids::isGuid(appId) ? context.world.findApplication(appId) : nullptr;
    const bool local = application && application->tenantId == call.tenantId();
    // A single-tenant app cannot be installed in another tenant (CONTRACTS.md §2.6).
    if (!application ||
        (!local && !application->firstParty && application->signInAudience == QLatin1String("AzureADMyOrg"))) {
        const QString message =
            QStringLiteral("The appId '%1' of the service principal does not reference a valid application object.")
                .arg(appId);
        Response response = call.error(400, QStringLiteral("Request_BadRequest"), message);
        QJsonObject json = QJsonDocument::fromJson(response.body).object();
        QJsonObject error = json.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("details"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("NoBackingApplicationObject")},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("target"), QStringLiteral("appId")}}});
        json.insert(QStringLiteral("error"), error);
        response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return response;
    }
    // Installing a foreign app needs an administrator (the sandbox treats every foreign app as
    // needing admin consent); a local app also its owners.
    if (!call.isGlobalAdministrator() && !(local && call.owns(*application))) {
        return call.denied();
    }
    if (find(call, appId, true)) {
        return call.error(409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                          QStringLiteral("The service principal cannot be created, updated, or restored because the "
                                         "service principal name %1 is already in use.")
                              .arg(application->appId));
    }
    const ServicePrincipal principal{
        Ids::random(), application->appId, call.tenantId(), application->displayName, application->tenantId,
        true,          context.now()};
    context.world.editServicePrincipals().append(principal);
    const GraphOData odata(call, kType, properties(), {});
    Response response = odata.entity(QStringLiteral("servicePrincipals"), toJson(principal, context.world), 201);
    response.setHeader("Location", context
                                       .url(QStringLiteral("/v2/%1/directoryObjects/%2/"
                                                           "Microsoft.DirectoryServices.ServicePrincipal")
                                                .arg(call.tenantId(), principal.id))
                                       .toUtf8());
    return response;
}

} // namespace CrossKey::Sandbox
