// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/request.h"
#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// GraphCall is one authenticated Microsoft Graph request: the request, the caller and its tenant,
// with the error bodies and the authorization rules (delegated scopes or app roles, directory roles
// from `wids`, ownership) every Graph handler shares (CONTRACTS.md §2).
class GraphCall final
{
public:
    GraphCall(const Request &request, ServiceContext &context, Caller caller);

    const Request &request() const { return m_request; }
    ServiceContext &context() const { return m_context; }
    const Caller &caller() const { return m_caller; }
    const QString &tenantId() const { return m_caller.tenantId; }

    // {base}/v1.0/$metadata#{fragment}
    QString metadataContext(const QString &fragment) const;
    Response error(int status, const QString &code, const QString &message) const;
    Response notFound(const QString &id) const;
    Response denied() const;
    Response invalidObjectId(const QString &id) const;
    Response readOnly(const QString &property) const;
    Response invalidValue(const QString &property, const QString &resource) const;
    Response required(const QString &property, const QString &resource) const;
    Response unknownProperty(const QString &property, const QString &type) const;
    // The JSON object in the body, or the 400 Graph gives for a payload it cannot read.
    std::optional<Response> readBody(QJsonObject *body) const;

    bool canReadDirectory() const;
    bool canWriteApplications() const;
    bool isGlobalAdministrator() const;
    // Global Administrator, Application Developer, or any member when the tenant lets users
    // register applications.
    bool canRegisterApplications() const;
    bool owns(const Application &application) const;
    bool canManage(const Application &application) const { return isGlobalAdministrator() || owns(application); }

    // An application of the caller's tenant by object id or appId; null when absent.
    const Application *application(const QString &objectId) const;
    const Application *applicationByAppId(const QString &appId) const;
    // Replaces the stored application with the same object id.
    void store(const Application &application) const;

private:
    bool hasAny(const QStringList &scopes, const QStringList &roles) const;

    const Request &m_request;
    ServiceContext &m_context;
    Caller m_caller;
};

} // namespace CrossKey::Sandbox
