// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphcall.h"

#include "sandbox/knownids.h"
#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"

#include <QJsonDocument>

namespace CrossKey::Sandbox {

GraphCall::GraphCall(const Request &request, ServiceContext &context, Caller caller)
    : m_request(request)
    , m_context(context)
    , m_caller(std::move(caller))
{}

QString GraphCall::metadataContext(const QString &fragment) const
{
    return m_context.url(QStringLiteral("/v1.0/$metadata#") + fragment);
}

Response GraphCall::error(int status, const QString &code, const QString &message) const
{
    return ServiceError::graph(m_request, m_context.now(), status, code, message);
}

Response GraphCall::notFound(const QString &id) const
{
    return error(404, QStringLiteral("Request_ResourceNotFound"),
                 QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects are "
                                "not present.")
                     .arg(id));
}

Response GraphCall::denied() const
{
    return error(403, QStringLiteral("Authorization_RequestDenied"),
                 QStringLiteral("Insufficient privileges to complete the operation."));
}

Response GraphCall::invalidObjectId(const QString &id) const
{
    return error(400, QStringLiteral("Request_BadRequest"), QStringLiteral("Invalid object identifier '%1'.").arg(id));
}

Response GraphCall::readOnly(const QString &property) const
{
    return error(400, QStringLiteral("Request_BadRequest"),
                 QStringLiteral("Property '%1' is read-only and cannot be set.").arg(property));
}

Response GraphCall::invalidValue(const QString &property, const QString &resource) const
{
    return error(400, QStringLiteral("Request_BadRequest"),
                 QStringLiteral("Invalid value specified for property '%1' of resource '%2'.").arg(property, resource));
}

Response GraphCall::required(const QString &property, const QString &resource) const
{
    return error(400, QStringLiteral("Request_BadRequest"),
                 QStringLiteral("A value is required for property '%1' of resource '%2'.").arg(property, resource));
}

Response GraphCall::unknownProperty(const QString &property, const QString &type) const
{
    return error(400, QStringLiteral("BadRequest"),
                 QStringLiteral("The property '%1' does not exist on type 'microsoft.graph.%2'. Make sure to only use "
                                "property names that are defined by the type or mark the type as open type.")
                     .arg(property, type));
}

std::optional<Response> GraphCall::readBody(QJsonObject *body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set and "
                                    "payload is of valid JSON format."));
    }
    *body = document.object();
    return std::nullopt;
}

bool GraphCall::hasAny(const QStringList &scopes, const QStringList &roles) const
{
    const QStringList &granted = m_caller.isApplication ? m_caller.roles : m_caller.scopes;
    const QStringList &wanted = m_caller.isApplication ? roles : scopes;
    for (const QString &scope : wanted) {
        if (granted.contains(scope, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool GraphCall::canReadDirectory() const
{
    return hasAny({QStringLiteral("Application.Read.All"), QStringLiteral("Application.ReadWrite.All"),
                   QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All"),
                   QStringLiteral("Directory.AccessAsUser.All")},
                  {QStringLiteral("Application.Read.All"), QStringLiteral("Application.ReadWrite.All"),
                   QStringLiteral("Application.ReadWrite.OwnedBy"), QStringLiteral("Directory.Read.All")});
}

bool GraphCall::canWriteApplications() const
{
    return hasAny({QStringLiteral("Application.ReadWrite.All"), QStringLiteral("Directory.AccessAsUser.All")},
                  {QStringLiteral("Application.ReadWrite.All"), QStringLiteral("Application.ReadWrite.OwnedBy")});
}

bool GraphCall::isGlobalAdministrator() const
{
    if (m_caller.isApplication) {
        return m_caller.roles.contains(QStringLiteral("Application.ReadWrite.All"));
    }
    return m_caller.directoryRoles.contains(KnownIds::globalAdministratorRole);
}

bool GraphCall::canRegisterApplications() const
{
    if (isGlobalAdministrator() || m_caller.isApplication ||
        m_caller.directoryRoles.contains(KnownIds::applicationDeveloperRole)) {
        return true;
    }
    const Tenant *tenant = m_context.world.findTenant(m_caller.tenantId);
    return tenant && tenant->usersCanRegisterApps;
}

bool GraphCall::owns(const Application &application) const
{
    return application.owners.contains(m_caller.objectId, Qt::CaseInsensitive);
}

const Application *GraphCall::application(const QString &objectId) const
{
    for (const Application &application : m_context.world.applications()) {
        if (application.tenantId == m_caller.tenantId && application.id.compare(objectId, Qt::CaseInsensitive) == 0) {
            return &application;
        }
    }
    return nullptr;
}

const Application *GraphCall::applicationByAppId(const QString &appId) const
{
    const Application *application = m_context.world.findApplication(appId);
    return application && application->tenantId == m_caller.tenantId ? application : nullptr;
}

void GraphCall::store(const Application &application) const
{
    for (Application &stored : m_context.world.editApplications()) {
        if (stored.id == application.id) {
            stored = application;
            return;
        }
    }
}

} // namespace CrossKey::Sandbox
