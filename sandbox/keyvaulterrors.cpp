// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaulterrors.h"

#include "sandbox/servicecontext.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

Response KeyVaultErrors::error(int status, const QString &code, const QString &message, const QString &innerCode)
{
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!innerCode.isEmpty()) {
        body.insert(QStringLiteral("innererror"), QJsonObject{{QStringLiteral("code"), innerCode}});
    }
    Response response = Response::json(QJsonObject{{QStringLiteral("error"), body}}, status);
    response.errorCode = innerCode.isEmpty() ? code : innerCode;
    return response;
}

Response KeyVaultErrors::unauthorized(const ServiceContext &context, const QString &tenantId, const QString &message,
                                      bool managedHsm)
{
    Response response = error(401, QStringLiteral("Unauthorized"), message);
    // The challenge names the public resource id, as Azure does; the sandbox issues tokens for it.
    const QByteArray resource = managedHsm ? "https://managedhsm.azure.net" : "https://vault.azure.net";
    response.setHeader("WWW-Authenticate", "Bearer authorization=\"" +
                                               context.url(QLatin1Char('/') + tenantId).toUtf8() + "\", resource=\"" +
                                               resource + "\"");
    return response;
}

Response KeyVaultErrors::invalidIssuer(const ServiceContext &context, const QString &vaultTenantId,
                                       const Caller &caller, bool managedHsm)
{
    const QString found = caller.claims.value(QStringLiteral("iss")).toString();
    const QString message =
        QStringLiteral("AKV10032: Invalid issuer. Expected one of %1, %2, %3, found %4.")
            .arg(context.issuer(vaultTenantId), context.url(QLatin1Char('/') + vaultTenantId),
                 QStringLiteral("https://sts.windows.net/") + vaultTenantId + QLatin1Char('/'), found);
    return unauthorized(context, vaultTenantId, message, managedHsm);
}

Response KeyVaultErrors::badParameter(const QString &message)
{
    return error(400, QStringLiteral("BadParameter"), message);
}

Response KeyVaultErrors::keyNotFound(const QString &nameOrId)
{
    return error(404, QStringLiteral("KeyNotFound"),
                 QStringLiteral("A key with (name/id) %1 was not found in this key vault. If you recently deleted this "
                                "key you may be able to recover it using the correct recovery command. For help "
                                "resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182")
                     .arg(nameOrId));
}

QString KeyVaultErrors::callerText(const Caller &caller)
{
    return QStringLiteral("appid=%1;oid=%2;iss=%3")
        .arg(caller.clientId, caller.objectId, caller.claims.value(QStringLiteral("iss")).toString());
}

Response KeyVaultErrors::forbiddenByRbac(const Caller &caller, const QString &action, const QString &resource,
                                         const QString &vaultName, const QString &location)
{
    return error(403, QStringLiteral("Forbidden"),
                 QStringLiteral("Caller is not authorized to perform action on resource.\r\nIf role assignments, deny "
                                "assignments or role definitions were changed recently, please observe propagation "
                                "time.\r\nCaller: %1\r\nAction: '%2'\r\nResource: '%3'\r\nAssignment: (not found)\r\n"
                                "DenyAssignmentId: null\r\nDecisionReason: 'DeniedWithNoValidRBAC' \r\n"
                                "Vault: %4;location=%5\r\n")
                     .arg(callerText(caller), action, resource.toLower(), vaultName, location),
                 QStringLiteral("ForbiddenByRbac"));
}

Response KeyVaultErrors::forbiddenByPolicy(const Caller &caller, const QString &permission, const QString &vaultName,
                                           const QString &location)
{
    return error(403, QStringLiteral("Forbidden"),
                 QStringLiteral("The user, group or application '%1' does not have keys %2 permission on key vault "
                                "'%3;location=%4'. For help resolving this issue, please see "
                                "https://go.microsoft.com/fwlink/?linkid=2125287")
                     .arg(callerText(caller), permission, vaultName, location),
                 QStringLiteral("ForbiddenByPolicy"));
}

} // namespace CrossKey::Sandbox
