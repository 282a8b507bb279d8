// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphapplications.h"

#include "sandbox/graphcall.h"
#include "sandbox/graphodata.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>
#include <QUrl>

namespace CrossKey::Sandbox {

namespace {

const QString kResource = QStringLiteral("Application");

// Properties of microsoft.graph.application (specs/MicrosoftGraph/v1.0) the sandbox accepts in a
// body but does not keep.
const QStringList kIgnored = {QStringLiteral("addIns"),
                              QStringLiteral("api"),
                              QStringLiteral("applicationTemplateId"),
                              QStringLiteral("appRoles"),
                              QStringLiteral("authenticationBehaviors"),
                              QStringLiteral("certification"),
                              QStringLiteral("createdByAppId"),
                              QStringLiteral("defaultRedirectUri"),
                              QStringLiteral("description"),
                              QStringLiteral("disabledByMicrosoftStatus"),
                              QStringLiteral("groupMembershipClaims"),
                              QStringLiteral("identifierUris"),
                              QStringLiteral("info"),
                              QStringLiteral("isDeviceOnlyAuthSupported"),
                              QStringLiteral("isDisabled"),
                              QStringLiteral("keyCredentials"),
                              QStringLiteral("managerApplications"),
                              QStringLiteral("nativeAuthenticationApisEnabled"),
                              QStringLiteral("notes"),
                              QStringLiteral("oauth2RequirePostResponse"),
                              QStringLiteral("optionalClaims"),
                              QStringLiteral("parentalControlSettings"),
                              QStringLiteral("passwordCredentials"),
                              QStringLiteral("requestSignatureVerification"),
                              QStringLiteral("requiredResourceAccess"),
                              QStringLiteral("samlMetadataUrl"),
                              QStringLiteral("serviceManagementReference"),
                              QStringLiteral("servicePrincipalLockConfiguration"),
                              QStringLiteral("spa"),
                              QStringLiteral("tags"),
                              QStringLiteral("tokenEncryptionKeyId"),
                              QStringLiteral("uniqueName"),
                              QStringLiteral("verifiedPublisher")};
const QStringList kReadOnly = {QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("publisherDomain"),
                               QStringLiteral("createdDateTime"), QStringLiteral("deletedDateTime")};
const QStringList kAudiences = {QStringLiteral("AzureADMyOrg"), QStringLiteral("AzureADMultipleOrgs"),
                                QStringLiteral("AzureADandPersonalMicrosoftAccount"),
                                QStringLiteral("PersonalMicrosoftAccount")};

// A {"redirectUris":[absolute URLs]} object, as in web and publicClient.
bool readRedirectUris(const QJsonValue &value, QStringList *uris)
{
    if (value.isNull()) {
        uris->clear();
        return true;
    }
    if (!value.isObject()) {
        return false;
    }
    const QJsonValue list = value.toObject().value(QStringLiteral("redirectUris"));
    if (list.isUndefined()) {
        return true;
    }
    if (!list.isArray()) {
        return false;
    }
    QStringList read;
    for (const QJsonValue &item : list.toArray()) {
        const QUrl url(item.toString(), QUrl::StrictMode);
        if (!item.isString() || !url.isValid() || url.isRelative()) {
            return false;
        }
        read.append(item.toString());
    }
    *uris = read;
    return true;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject GraphApplications::toJson(const Application &a)
{
    const QJsonValue null;
    const bool personal = a.signInAudience.contains(QLatin1String("Personal"));
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("appId"), a.appId},
        {QStringLiteral("applicationTemplateId"), null},
        {QStringLiteral("disabledByMicrosoftStatus"), null},
        {QStringLiteral("createdDateTime"), a.createdDateTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("displayName"), a.displayName},
        {QStringLiteral("description"), null},
        {QStringLiteral("groupMembershipClaims"), null},
        {QStringLiteral("identifierUris"), QJsonArray()},
        {QStringLiteral("isDeviceOnlyAuthSupported"), null},
        {QStringLiteral("isFallbackPublicClient"), a.isPublicClient ? QJsonValue(true) : null},
        {QStringLiteral("notes"), null},
        {QStringLiteral("publisherDomain"), nullable(a.publisherDomain)},
        {QStringLiteral("serviceManagementReference"), null},
        {QStringLiteral("signInAudience"), a.signInAudience},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("tokenEncryptionKeyId"), null},
        {QStringLiteral("uniqueName"), null},
        {QStringLiteral("defaultRedirectUri"), null},
        {QStringLiteral("certification"), null},
        {QStringLiteral("optionalClaims"), null},
        {QStringLiteral("addIns"), QJsonArray()},
        {QStringLiteral("api"),
         QJsonObject{{QStringLiteral("acceptMappedClaims"), null},
                     {QStringLiteral("knownClientApplications"), QJsonArray()},
                     {QStringLiteral("requestedAccessTokenVersion"), personal ? QJsonValue(2) : null},
                     {QStringLiteral("oauth2PermissionScopes"), QJsonArray()},
                     {QStringLiteral("preAuthorizedApplications"), QJsonArray()}}},
        {QStringLiteral("appRoles"), QJsonArray()},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("logoUrl"), null},
                                             {QStringLiteral("marketingUrl"), null},
                                             {QStringLiteral("privacyStatementUrl"), null},
                                             {QStringLiteral("supportUrl"), null},
                                             {QStringLiteral("termsOfServiceUrl"), null}}},
        {QStringLiteral("keyCredentials"), QJsonArray()},
        {QStringLiteral("parentalControlSettings"),
         QJsonObject{{QStringLiteral("countriesBlockedForMinors"), QJsonArray()},
                     {QStringLiteral("legalAgeGroupRule"), QStringLiteral("Allow")}}},
        {QStringLiteral("passwordCredentials"), QJsonArray()},
        {QStringLiteral("publicClient"),
         QJsonObject{{QStringLiteral("redirectUris"), QJsonArray::fromStringList(a.publicClientRedirectUris)}}},
        {QStringLiteral("requiredResourceAccess"), QJsonArray()},
        {QStringLiteral("verifiedPublisher"), QJsonObject{{QStringLiteral("displayName"), null},
                                                          {QStringLiteral("verifiedPublisherId"), null},
                                                          {QStringLiteral("addedDateTime"), null}}},
        {QStringLiteral("web"),
         QJsonObject{
             {QStringLiteral("homePageUrl"), null},
             {QStringLiteral("logoutUrl"), null},
             {QStringLiteral("redirectUris"), QJsonArray::fromStringList(a.webRedirectUris)},
             {QStringLiteral("implicitGrantSettings"), QJsonObject{{QStringLiteral("enableAccessTokenIssuance"), false},
                                                                   {QStringLiteral("enableIdTokenIssuance"), false}}}}},
        {QStringLiteral("spa"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray()}}},
    };
}

QStringList GraphApplications::properties()
{
    return toJson(Application()).keys();
}

Response GraphApplications::list(const GraphCall &call)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const GraphOData odata(call, QStringLiteral("application"), properties(),
                           {QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName"),
                            QStringLiteral("signInAudience"), QStringLiteral("publisherDomain")});
    if (odata.error()) {
        return *odata.error();
    }
    QList<QJsonObject> entities;
    for (const Application &application : call.context().world.applications()) {
        if (application.tenantId == call.tenantId()) {
            entities.append(toJson(application));
        }
    }
    return odata.collection(QStringLiteral("applications"), entities);
}

Response GraphApplications::create(const GraphCall &call)
{
    QJsonObject body;
    if (auto failure = call.readBody(&body)) {
        return *failure;
    }
    if (!call.canWriteApplications() || !call.canRegisterApplications()) {
        return call.denied();
    }
    ServiceContext &context = call.context();
    const Tenant *tenant = context.world.findTenant(call.tenantId());
    Application application;
    application.id = Ids::random();
    application.appId = Ids::random();
    application.tenantId = call.tenantId();
    application.publisherDomain = tenant ? tenant->domain : QString();
    application.createdDateTime = context.now();
    application.owners = {call.caller().objectId};
    if (auto failure = apply(call, body, true, &application)) {
        return *failure;
    }
    context.world.editApplications().append(application);
    const GraphOData odata(call, QStringLiteral("application"), properties(), {});
    Response response = odata.entity(QStringLiteral("applications"), toJson(application), 201);
    response.setHeader("Location", context
                                       .url(QStringLiteral("/v2/%1/directoryObjects/%2/"
                                                           "Microsoft.DirectoryServices.Application")
                                                .arg(call.tenantId(), application.id))
                                       .toUtf8());
    return response;
}

Response GraphApplications::get(const GraphCall &call, const Application &application)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const GraphOData odata(call, QStringLiteral("application"), properties(), {});
    if (odata.error()) {
        return *odata.error();
    }
    return odata.entity(QStringLiteral("applications"), toJson(application));
}

Response GraphApplications::update(const GraphCall &call, const Application &application)
{
    QJsonObject body;
    if (auto failure = call.readBody(&body)) {
        return *failure;
    }
    if (!call.canWriteApplications() || !call.canManage(application)) {
        return call.denied();
    }
    Application updated = application;
    if (auto failure = apply(call, body, false, &updated)) {
        return *failure;
    }
    call.store(updated);
    return Response::empty(204);
}

Response GraphApplications::remove(const GraphCall &call, const Application &application)
{
    if (!call.canWriteApplications() || !call.canManage(application)) {
        return call.denied();
    }
    World &world = call.context().world;
    const QString id = application.id;
    const QString appId = application.appId;
    const QString tenantId = application.tenantId;
    world.editApplications().removeIf([&](const Application &a) { return a.id == id; });
    // Deleting an application also removes its service principal in the home tenant.
    world.editServicePrincipals().removeIf(
        [&](const ServicePrincipal &p) { return p.tenantId == tenantId && p.appId == appId; });
    return Response::empty(204);
}

std::optional<Response> GraphApplications::apply(const GraphCall &call, const QJsonObject &body, bool creating,
                                                 Application *application)
{
    if (creating && !body.contains(QStringLiteral("displayName"))) {
        return call.required(QStringLiteral("displayName"), kResource);
    }
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == QLatin1String("@odata.type")) {
            if (value.toString().compare(QLatin1String("#microsoft.graph.application"), Qt::CaseInsensitive) != 0) {
                return call.invalidValue(key, kResource);
            }
        } else if (kReadOnly.contains(key)) {
            return call.readOnly(key);
        } else if (key == QLatin1String("displayName")) {
            if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
                return call.required(key, kResource);
            }
            if (!value.isString() || value.toString().size() > 256) {
                return call.invalidValue(key, kResource);
            }
            application->displayName = value.toString();
        } else if (key == QLatin1String("signInAudience")) {
            if (!kAudiences.contains(value.toString())) {
                return call.invalidValue(key, kResource);
            }
            application->signInAudience = value.toString();
        } else if (key == QLatin1String("web")) {
            if (!readRedirectUris(value, &application->webRedirectUris)) {
                return call.invalidValue(key, kResource);
            }
        } else if (key == QLatin1String("publicClient")) {
            if (!readRedirectUris(value, &application->publicClientRedirectUris)) {
                return call.invalidValue(key, kResource);
            }
        } else if (key == QLatin1String("isFallbackPublicClient")) {
            if (!value.isBool() && !value.isNull()) {
                return call.invalidValue(key, kResource);
            }
            application->isPublicClient = value.toBool();
        } else if (!kIgnored.contains(key)) {
            return call.unknownProperty(key, QStringLiteral("application"));
        }
    }
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
