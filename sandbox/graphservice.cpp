// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphservice.h"

#include "sandbox/graphapplications.h"
#include "sandbox/graphcall.h"
#include "sandbox/graphfederatedcredentials.h"
#include "sandbox/graphserviceprincipals.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"
#include "sandbox/tokenvalidator.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace CrossKey::Sandbox {

namespace {

// A segment such as applications(appId='…') or applications('…'): the set, the key name (empty
// for the id) and the value. False when the segment has no key in parentheses.
bool splitKey(const QString &segment, QString *set, QString *keyName, QString *keyValue)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\w+)\\((?:(\\w+)=)?'((?:[^']|'')*)'\\)$"));
    const QRegularExpressionMatch match = pattern.match(segment);
    if (!match.hasMatch()) {
        return false;
    }
    *set = match.captured(1);
    *keyName = match.captured(2);
    *keyValue = match.captured(3).replace(QStringLiteral("''"), QStringLiteral("'"));
    return true;
}

Response methodNotAllowed(const GraphCall &call)
{
    return call.error(405, QStringLiteral("Request_BadRequest"),
                      QStringLiteral("Specified HTTP method is not allowed for the request target."));
}

Response noSegment(const GraphCall &call, const QString &segment)
{
    return call.error(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

} // namespace

bool GraphService::handles(const Request &request) const
{
    return !request.segments.isEmpty() && request.segments.first() == QLatin1String("v1.0");
}

Response GraphService::handle(const Request &request)
{
    const TokenValidator::Outcome outcome = m_validator.validate(request, ResourceKind::Graph);
    if (!outcome.ok()) {
        return outcome.failure;
    }
    const GraphCall call(request, m_context, *outcome.caller);
    Response response = route(call);
    if (response.contentType.startsWith("application/json")) {
        response.contentType = "application/json;odata.metadata=minimal;odata.streaming=true;"
                               "IEEE754Compatible=false;charset=utf-8";
    }
    response.setHeader("OData-Version", "4.0");
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

Response GraphService::route(const GraphCall &call) const
{
    const QStringList segments = call.request().segments.mid(1);
    if (segments.isEmpty()) {
        return noSegment(call, QStringLiteral("v1.0"));
    }
    const QString &first = segments.first();
    if (first == QLatin1String("me") && segments.size() == 1) {
        return call.request().isMethod("GET") ? me(call) : methodNotAllowed(call);
    }
    if (first == QLatin1String("organization") && segments.size() == 1) {
        return call.request().isMethod("GET") ? organization(call) : methodNotAllowed(call);
    }
    if (first.startsWith(QLatin1String("applications"))) {
        return applications(call, segments);
    }
    if (first.startsWith(QLatin1String("servicePrincipals"))) {
        return servicePrincipals(call, segments);
    }
    return noSegment(call, first);
}

Response GraphService::me(const GraphCall &call) const
{
    const Caller &caller = call.caller();
    if (caller.isApplication) {
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("/me request is only valid with delegated authentication flow."));
    }
    const User *user = m_context.world.findUserInTenant(caller.tenantId, caller.objectId);
    if (!user) {
        return call.notFound(caller.objectId);
    }
    const QJsonValue null;
    return Response::json(
        QJsonObject{{QStringLiteral("@odata.context"), call.metadataContext(QStringLiteral("users/$entity"))},
                    {QStringLiteral("businessPhones"), QJsonArray()},
                    {QStringLiteral("displayName"), user->displayName},
                    {QStringLiteral("givenName"), null},
                    {QStringLiteral("jobTitle"), null},
                    {QStringLiteral("mail"), null},
                    {QStringLiteral("mobilePhone"), null},
                    {QStringLiteral("officeLocation"), null},
                    {QStringLiteral("preferredLanguage"), null},
                    {QStringLiteral("surname"), null},
                    {QStringLiteral("userPrincipalName"), user->userPrincipalName},
                    {QStringLiteral("id"), user->id}});
}

Response GraphService::organization(const GraphCall &call) const
{
    const Tenant *tenant = m_context.world.findTenant(call.tenantId());
    if (!tenant) {
        return call.notFound(call.tenantId());
    }
    const QJsonValue null;
    const QJsonObject domain{{QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
                             {QStringLiteral("isDefault"), true},
                             {QStringLiteral("isInitial"), true},
                             {QStringLiteral("name"), tenant->domain},
                             {QStringLiteral("type"), QStringLiteral("Managed")}};
    const QJsonObject organization{
        {QStringLiteral("id"), tenant->id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("city"), null},
        {QStringLiteral("country"), null},
        {QStringLiteral("countryLetterCode"), tenant->countryCode},
        {QStringLiteral("createdDateTime"), tenant->createdDateTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("defaultUsageLocation"), null},
        {QStringLiteral("displayName"), tenant->displayName},
        {QStringLiteral("marketingNotificationEmails"), QJsonArray()},
        {QStringLiteral("onPremisesSyncEnabled"), null},
        {QStringLiteral("preferredLanguage"), QStringLiteral("en")},
        {QStringLiteral("securityComplianceNotificationMails"), QJsonArray()},
        {QStringLiteral("technicalNotificationMails"), QJsonArray()},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
        {QStringLiteral("assignedPlans"), QJsonArray()},
        {QStringLiteral("provisionedPlans"), QJsonArray()},
        {QStringLiteral("verifiedDomains"), QJsonArray{domain}}};
    return Response::json(
        QJsonObject{{QStringLiteral("@odata.context"), call.metadataContext(QStringLiteral("organization"))},
                    {QStringLiteral("value"), QJsonArray{organization}}});
}

Response GraphService::applications(const GraphCall &call, const QStringList &segments) const
{
    const QByteArray &method = call.request().method;
    QString set;
    QString keyName;
    QString key;
    const Application *application = nullptr;
    int rest = 1; // first segment after the application
    if (splitKey(segments.first(), &set, &keyName, &key)) {
        if (set != QLatin1String("applications") || (!keyName.isEmpty() && keyName != QLatin1String("appId"))) {
            return noSegment(call, segments.first());
        }
        application = keyName.isEmpty() ? call.application(key) : call.applicationByAppId(key);
    } else if (segments.first() != QLatin1String("applications")) {
        return noSegment(call, segments.first());
    } else if (segments.size() == 1) {
        if (method == "GET") {
            return GraphApplications::list(call);
        }
        return method == "POST" ? GraphApplications::create(call) : methodNotAllowed(call);
    } else {
        key = segments.at(1);
        if (!Ids::isGuid(key)) {
            return call.invalidObjectId(key);
        }
        application = call.application(key);
        rest = 2;
    }
    if (!application) {
        return call.notFound(key);
    }
    if (segments.size() == rest) {
        if (method == "GET") {
            return GraphApplications::get(call, *application);
        }
        if (method == "PATCH") {
            return GraphApplications::update(call, *application);
        }
        return method == "DELETE" ? GraphApplications::remove(call, *application) : methodNotAllowed(call);
    }
    // …/federatedIdentityCredentials[/{id or name}] or …/federatedIdentityCredentials(name='…')
    const QString &credentials = segments.at(rest);
    QString credentialKey;
    if (splitKey(credentials, &set, &keyName, &credentialKey)) {
        if (set != QLatin1String("federatedIdentityCredentials") || segments.size() != rest + 1 ||
            (!keyName.isEmpty() && keyName != QLatin1String("name"))) {
            return noSegment(call, credentials);
        }
    } else if (credentials != QLatin1String("federatedIdentityCredentials") || segments.size() > rest + 2) {
        return noSegment(call, credentials);
    } else if (segments.size() == rest + 1) {
        if (method == "GET") {
            return GraphFederatedCredentials::list(call, *application);
        }
        return method == "POST" ? GraphFederatedCredentials::create(call, *application) : methodNotAllowed(call);
    } else {
        credentialKey = segments.at(rest + 1);
    }
    if (method == "GET") {
        return GraphFederatedCredentials::get(call, *application, credentialKey);
    }
    return method == "DELETE" ? GraphFederatedCredentials::remove(call, *application, credentialKey)
                              : methodNotAllowed(call);
}

Response GraphService::servicePrincipals(const GraphCall &call, const QStringList &segments) const
{
    const QByteArray &method = call.request().method;
    QString set;
    QString keyName;
    QString key;
    const ServicePrincipal *principal = nullptr;
    if (segments.size() > 2) {
        return noSegment(call, segments.at(2));
    }
    if (splitKey(segments.first(), &set, &keyName, &key)) {
        if (set != QLatin1String("servicePrincipals") || segments.size() != 1 ||
            (!keyName.isEmpty() && keyName != QLatin1String("appId"))) {
            return noSegment(call, segments.first());
        }
        principal = GraphServicePrincipals::find(call, key, !keyName.isEmpty());
    } else if (segments.first() != QLatin1String("servicePrincipals")) {
        return noSegment(call, segments.first());
    } else if (segments.size() == 1) {
        if (method == "GET") {
            return GraphServicePrincipals::list(call);
        }
        return method == "POST" ? GraphServicePrincipals::create(call) : methodNotAllowed(call);
    } else {
        key = segments.at(1);
        if (!Ids::isGuid(key)) {
            return call.invalidObjectId(key);
        }
        principal = GraphServicePrincipals::find(call, key, false);
    }
    if (!method.startsWith("GET")) {
        return methodNotAllowed(call);
    }
    return principal ? GraphServicePrincipals::get(call, *principal) : call.notFound(key);
}

} // namespace CrossKey::Sandbox
