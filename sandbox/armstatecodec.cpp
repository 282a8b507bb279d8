// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armstatecodec.h"

#include "sandbox/codecfields.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

using namespace CodecFields;

} // namespace

QJsonObject ArmStateCodec::toJson(const ArmState &state)
{
    return QJsonObject{
        {QStringLiteral("providers"), array(state.providers,
                                            [](const ProviderRegistration &p) {
                                                return QJsonObject{{QStringLiteral("subscriptionId"), p.subscriptionId},
                                                                   {QStringLiteral("namespace"), p.providerNamespace},
                                                                   {QStringLiteral("state"), p.state},
                                                                   {QStringLiteral("readyAt"), time(p.readyAt)}};
                                            })},
        {QStringLiteral("features"), array(state.features,
                                           [](const FeatureRegistration &f) {
                                               return QJsonObject{{QStringLiteral("subscriptionId"), f.subscriptionId},
                                                                  {QStringLiteral("namespace"), f.providerNamespace},
                                                                  {QStringLiteral("feature"), f.featureName},
                                                                  {QStringLiteral("state"), f.state},
                                                                  {QStringLiteral("readyAt"), time(f.readyAt)}};
                                           })},
        {QStringLiteral("identities"), array(state.identities,
                                             [](const UserAssignedIdentity &i) {
                                                 return QJsonObject{
                                                     {QStringLiteral("subscriptionId"), i.subscriptionId},
                                                     {QStringLiteral("resourceGroup"), i.resourceGroup},
                                                     {QStringLiteral("name"), i.name},
                                                     {QStringLiteral("location"), i.location},
                                                     {QStringLiteral("tags"), i.tags},
                                                     {QStringLiteral("tenantId"), i.tenantId},
                                                     {QStringLiteral("principalId"), i.principalId},
                                                     {QStringLiteral("clientId"), i.clientId},
                                                     {QStringLiteral("createdAt"), time(i.createdAt)}};
                                             })},
        {QStringLiteral("operations"), array(state.operations,
                                             [](const ArmOperation &o) {
                                                 return QJsonObject{
                                                     {QStringLiteral("id"), o.id},
                                                     {QStringLiteral("subscriptionId"), o.subscriptionId},
                                                     {QStringLiteral("kind"), o.kind},
                                                     {QStringLiteral("target"), o.target},
                                                     {QStringLiteral("startedAt"), time(o.startedAt)},
                                                     {QStringLiteral("completesAt"), time(o.completesAt)},
                                                     {QStringLiteral("applied"), o.applied}};
                                             })},
    };
}

ArmState ArmStateCodec::fromJson(const QJsonObject &json)
{
    ArmState state;
    state.providers = list<ProviderRegistration>(json.value(QStringLiteral("providers")), [](const QJsonObject &o) {
        return ProviderRegistration{s(o, "subscriptionId"), s(o, "namespace"), s(o, "state"),
                                    time(o.value(QStringLiteral("readyAt")))};
    });
    state.features = list<FeatureRegistration>(json.value(QStringLiteral("features")), [](const QJsonObject &o) {
        return FeatureRegistration{s(o, "subscriptionId"), s(o, "namespace"), s(o, "feature"), s(o, "state"),
                                   time(o.value(QStringLiteral("readyAt")))};
    });
    state.identities = list<UserAssignedIdentity>(json.value(QStringLiteral("identities")), [](const QJsonObject &o) {
        return UserAssignedIdentity{s(o, "subscriptionId"),
                                    s(o, "resourceGroup"),
                                    s(o, "name"),
                                    s(o, "location"),
                                    o.value(QStringLiteral("tags")).toObject(),
                                    s(o, "tenantId"),
                                    s(o, "principalId"),
                                    s(o, "clientId"),
                                    time(o.value(QStringLiteral("createdAt")))};
    });
    state.operations = list<ArmOperation>(json.value(QStringLiteral("operations")), [](const QJsonObject &o) {
        return ArmOperation{s(o, "id"),
                            s(o, "subscriptionId"),
                            s(o, "kind"),
                            s(o, "target"),
                            time(o.value(QStringLiteral("startedAt"))),
                            time(o.value(QStringLiteral("completesAt"))),
                            o.value(QStringLiteral("applied")).toBool()};
    });
    return state;
}

} // namespace CrossKey::Sandbox
