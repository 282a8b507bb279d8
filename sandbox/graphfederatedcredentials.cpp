// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphfederatedcredentials.h"

#include "sandbox/graphcall.h"
#include "sandbox/graphodata.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace CrossKey::Sandbox {

namespace {

const QString kResource = QStringLiteral("FederatedIdentityCredential");
const QString kType = QStringLiteral("federatedIdentityCredential");
constexpr int kMaximumValueLength = 600;

QString entitySet(const Application &application)
{
    return QStringLiteral("applications('%1')/federatedIdentityCredentials").arg(application.id);
}

QStringList properties()
{
    return GraphFederatedCredentials::toJson(FederatedIdentityCredential()).keys();
}

} // namespace

QJsonObject GraphFederatedCredentials::toJson(const FederatedIdentityCredential &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("description"), c.description.isEmpty() ? QJsonValue() : c.description},
                       {QStringLiteral("audiences"), QJsonArray::fromStringList(c.audiences)}};
}

const FederatedIdentityCredential *GraphFederatedCredentials::find(const Application &application, const QString &key)
{
    for (const FederatedIdentityCredential &credential : application.federatedIdentityCredentials) {
        if (credential.id.compare(key, Qt::CaseInsensitive) == 0 || credential.name == key) {
            return &credential;
        }
    }
    return nullptr;
}

Response GraphFederatedCredentials::list(const GraphCall &call, const Application &application)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const GraphOData odata(call, kType, properties(),
                           {QStringLiteral("name"), QStringLiteral("subject"), QStringLiteral("issuer")});
    if (odata.error()) {
        return *odata.error();
    }
    QList<QJsonObject> entities;
    for (const FederatedIdentityCredential &credential : application.federatedIdentityCredentials) {
        entities.append(toJson(credential));
    }
    return odata.collection(entitySet(application), entities);
}

Response GraphFederatedCredentials::get(const GraphCall &call, const Application &application, const QString &key)
{
    if (!call.canReadDirectory()) {
        return call.denied();
    }
    const FederatedIdentityCredential *credential = find(application, key);
    if (!credential) {
        return call.notFound(key);
    }
    const GraphOData odata(call, kType, properties(), {});
    if (odata.error()) {
        return *odata.error();
    }
    return odata.entity(entitySet(application), toJson(*credential));
}

Response GraphFederatedCredentials::remove(const GraphCall &call, const Application &application, const QString &key)
{
    if (!call.canWriteApplications() || !call.canManage(application)) {
        return call.denied();
    }
    const FederatedIdentityCredential *credential = find(application, key);
    if (!credential) {
        return call.notFound(key);
    }
    Application updated = application;
    const QString id = credential->id;
    updated.federatedIdentityCredentials.removeIf([&](const FederatedIdentityCredential &c) { return c.id == id; });
    call.store(updated);
    return Response::empty(204);
}

Response GraphFederatedCredentials::create(const GraphCall &call, const Application &application)
{
    QJsonObject body;
    if (auto failure = call.readBody(&body)) {
        return *failure;
    }
    if (!call.canWriteApplications() || !call.canManage(application)) {
        return call.denied();
    }
    FederatedIdentityCredential credential;
    credential.id = Ids::random();
    if (auto failure = validate(call, application, body, &credential)) {
        return *failure;
    }
    Application updated = application;
    updated.federatedIdentityCredentials.append(credential);
    call.store(updated);
    const GraphOData odata(call, kType, properties(), {});
    Response response = odata.entity(entitySet(application), toJson(credential), 201);
    response.setHeader(
        "Location",
        call.context()
            .url(QStringLiteral("/v2/%1/federatedIdentityCredentials/%2").arg(call.tenantId(), credential.id))
            .toUtf8());
    return response;
}

std::optional<Response> GraphFederatedCredentials::validate(const GraphCall &call, const Application &application,
                                                            const QJsonObject &body,
                                                            FederatedIdentityCredential *credential)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$"));
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == QLatin1String("@odata.type")) {
            continue;
        }
        if (key == QLatin1String("id")) {
            return call.readOnly(key);
        }
        if (key == QLatin1String("audiences")) {
            if (!value.isArray()) {
                return call.invalidValue(key, kResource);
            }
            for (const QJsonValue &audience : value.toArray()) {
                if (!audience.isString()) {
                    return call.invalidValue(key, kResource);
                }
                credential->audiences.append(audience.toString());
            }
        } else if (key == QLatin1String("name") || key == QLatin1String("issuer") || key == QLatin1String("subject") ||
                   key == QLatin1String("description")) {
            if (!value.isString() && !value.isNull()) {
                return call.invalidValue(key, kResource);
            }
            const QString text = value.toString();
            if (key == QLatin1String("name")) {
                credential->name = text;
            } else if (key == QLatin1String("issuer")) {
                credential->issuer = text;
            } else if (key == QLatin1String("subject")) {
                credential->subject = text;
            } else {
                credential->description = text;
            }
        } else {
            return call.unknownProperty(key, kType);
        }
    }
    if (credential->name.isEmpty()) {
        return call.required(QStringLiteral("name"), kResource);
    }
    if (credential->issuer.isEmpty()) {
        return call.required(QStringLiteral("issuer"), kResource);
    }
    if (credential->subject.isEmpty()) {
        return call.required(QStringLiteral("subject"), kResource);
    }
    if (credential->audiences.isEmpty()) {
        return call.required(QStringLiteral("audiences"), kResource);
    }
    if (!namePattern.match(credential->name).hasMatch()) {
        return call.invalidValue(QStringLiteral("name"), kResource);
    }
    const QUrl issuer(credential->issuer, QUrl::StrictMode);
    if (credential->issuer.size() > kMaximumValueLength || !issuer.isValid() || issuer.host().isEmpty() ||
        (issuer.scheme() != QLatin1String("https") && issuer.scheme() != QLatin1String("http")) ||
        credential->issuer.contains(QLatin1Char('*'))) {
        return call.invalidValue(QStringLiteral("issuer"), kResource);
    }
    if (credential->subject.size() > kMaximumValueLength || credential->subject.contains(QLatin1Char('*'))) {
        return call.invalidValue(QStringLiteral("subject"), kResource);
    }
    if (credential->audiences.size() != 1 || credential->audiences.first().trimmed().isEmpty() ||
        credential->audiences.first().size() > kMaximumValueLength) {
        return call.invalidValue(QStringLiteral("audiences"), kResource);
    }
    if (credential->description.size() > kMaximumValueLength) {
        return call.invalidValue(QStringLiteral("description"), kResource);
    }
    for (const FederatedIdentityCredential &existing : application.federatedIdentityCredentials) {
        if (existing.name.compare(credential->name, Qt::CaseInsensitive) == 0) {
            return call.error(
                409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                QStringLiteral("FederatedIdentityCredential with name %1 already exists.").arg(credential->name));
        }
        if (existing.issuer == credential->issuer && existing.subject == credential->subject) {
            return call.error(409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                              QStringLiteral("FederatedIdentityCredential with the same issuer and subject already "
                                             "exists on application '%1'.")
                                  .arg(application.id));
        }
    }
    if (application.federatedIdentityCredentials.size() >= kMaximumPerApplication) {
        return call.error(400, QStringLiteral("Request_BadRequest"),
                          QStringLiteral("Maximum of %1 federated identity credentials can be added to an application.")
                              .arg(kMaximumPerApplication));
    }
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
