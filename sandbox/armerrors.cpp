// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armerrors.h"

#include "sandbox/serviceerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

QString clientName(const Caller &caller)
{
    if (caller.isApplication || caller.userPrincipalName.isEmpty()) {
        return caller.clientId.isEmpty() ? caller.objectId : caller.clientId;
    }
    return caller.userPrincipalName;
}

} // namespace

Response ArmErrors::error(int status, const QString &code, const QString &message)
{
    return ServiceError::resourceManager(status, code, message);
}

Response ArmErrors::missingApiVersion()
{
    return error(400, QStringLiteral("MissingApiVersionParameter"),
                 QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
}

Response ArmErrors::invalidApiVersion(ArmType type, const QString &version, const QString &location)
{
    const QStringList versions = ArmCatalog::apiVersions(type);
    const QString typeName = ArmCatalog::providerTypeName(type);
    if (typeName.isEmpty()) {
        QStringList newestFirst(versions.crbegin(), versions.crend());
        return error(400, QStringLiteral("InvalidApiVersionParameter"),
                     QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                         .arg(version, newestFirst.join(QLatin1Char(','))));
    }
    return error(400, QStringLiteral("NoRegisteredProviderFound"),
                 QStringLiteral("No registered resource provider found for location '%1' and API version '%2' for "
                                "type '%3'. The supported api-versions are '%4'. The supported locations are '%5'.")
                     .arg(location.isEmpty() ? QStringLiteral("global") : location, version, typeName,
                          versions.join(QStringLiteral(", ")),
                          QStringLiteral("eastus, eastus2, westus2, westeurope, northeurope, uksouth")));
}

Response ArmErrors::subscriptionNotFound(const QString &subscriptionId)
{
    return error(404, QStringLiteral("SubscriptionNotFound"),
                 QStringLiteral("The subscription '%1' could not be found.").arg(subscriptionId));
}

Response ArmErrors::resourceGroupNotFound(const QString &resourceGroup)
{
    return error(404, QStringLiteral("ResourceGroupNotFound"),
                 QStringLiteral("Resource group '%1' could not be found.").arg(resourceGroup));
}

Response ArmErrors::resourceNotFound(const QString &type, const QString &name, const QString &resourceGroup)
{
    return error(404, QStringLiteral("ResourceNotFound"),
                 QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more details "
                                "please go to https://aka.ms/ARMResourceNotFoundFix")
                     .arg(type, name, resourceGroup));
}

Response ArmErrors::missingSubscriptionRegistration(const QString &providerNamespace)
{
    const QString code = QStringLiteral("MissingSubscriptionRegistration");
    const QString message = QStringLiteral("The subscription is not registered to use namespace '%1'. See "
                                           "https://aka.ms/rps-not-found for how to register subscriptions.")
                                .arg(providerNamespace);
    const QJsonObject detail{{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("target"), providerNamespace}};
    Response response = Response::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("details"), QJsonArray{detail}}}}},
        409);
    response.errorCode = code;
    return response;
}

Response ArmErrors::invalidRequestContent(const QString &detail)
{
    return error(400, QStringLiteral("InvalidRequestContent"),
                 QStringLiteral("The request content was invalid and could not be deserialized: '%1'.").arg(detail));
}

Response ArmErrors::authorizationFailed(const Caller &caller, const QString &action, const QString &scope)
{
    return error(403, QStringLiteral("AuthorizationFailed"),
                 QStringLiteral("The client '%1' with object id '%2' does not have authorization to perform action "
                                "'%3' over scope '%4' or the scope is invalid. If access was recently granted, please "
                                "refresh your credentials.")
                     .arg(clientName(caller), caller.objectId, action, scope));
}

Response ArmErrors::linkedAuthorizationFailed(const Caller &caller, const QString &action, const QString &scope,
                                              const QString &linkedAction, const QString &linkedScope)
{
    return error(403, QStringLiteral("LinkedAuthorizationFailed"),
                 QStringLiteral("The client '%1' with object id '%2' has permission to perform action '%3' on scope "
                                "'%4'; however, it does not have permission to perform action '%5' on the linked "
                                "scope(s) '%6' or the linked scope(s) are invalid.")
                     .arg(clientName(caller), caller.objectId, action, scope, linkedAction, linkedScope));
}

} // namespace CrossKey::Sandbox
