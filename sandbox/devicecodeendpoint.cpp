// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/devicecodeendpoint.h"

#include "sandbox/aaderror.h"
#include "sandbox/ids.h"
#include "sandbox/loginpage.h"
#include "sandbox/resourcecatalog.h"
#include "sandbox/servicecontext.h"
#include "sandbox/signinpolicy.h"

#include <QRandomGenerator>

namespace CrossKey::Sandbox {

namespace {

QString newUserCode()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i) {
        code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return code;
}

QString normalUserCode(QString text)
{
    text.remove(QLatin1Char('-'));
    text.remove(QLatin1Char(' '));
    return text.toUpper();
}

} // namespace

Response DeviceCodeEndpoint::issue(const Request &request, const Authority &authority)
{
    const QDateTime now = m_context.now();
    if (request.method != "POST") {
        return AadError::wrongMethod(request.method).toResponse(request, now);
    }
    const FormBody form = request.form();
    if (!form.isValid()) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    if (const auto error = m_policy.checkClientId(form.value(QStringLiteral("client_id")), authority)) {
        return error->toResponse(request, now);
    }
    const QString scope = form.value(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty()) {
        return AadError::missingParameter(QStringLiteral("scope")).toResponse(request, now);
    }
    const ScopeSet scopes = ResourceCatalog::parse(scope, m_context.graphResource());
    if (!scopes.unknownResource.isEmpty()) {
        return AadError::invalidResource(scopes.unknownResource, authority.name()).toResponse(request, now);
    }
    DeviceCode device;
    device.deviceCode = QStringLiteral("DAQAB") + Ids::randomToken(48);
    device.userCode = newUserCode();
    device.clientId = form.value(QStringLiteral("client_id"));
    device.tenantId = authority.tenant ? authority.tenant->id : QString();
    device.scope = scope;
    device.expiresAt = now.addSecs(m_context.options.deviceCodeLifetimeSeconds);
    device.interval = m_context.options.deviceCodeIntervalSeconds;
    if (const User *user = m_policy.autoApprovedUser(authority)) {
        device.state = DeviceCode::State::Approved;
        device.userId = user->id;
    }
    m_context.world.editDeviceCodes().append(device);

    const QString uri = m_context.url(QStringLiteral("/devicelogin"));
    return Response::json(QJsonObject{
        {QStringLiteral("user_code"), device.userCode},
        {QStringLiteral("device_code"), device.deviceCode},
        {QStringLiteral("verification_uri"), uri},
        {QStringLiteral("expires_in"), m_context.options.deviceCodeLifetimeSeconds},
        {QStringLiteral("interval"), device.interval},
        {QStringLiteral("message"), QStringLiteral("To sign in, use a web browser to open the page %1 and enter the "
                                                   "code %2 to authenticate.")
                                        .arg(uri, device.userCode)}});
}

Response DeviceCodeEndpoint::page(const Request &request)
{
    const QString action = QStringLiteral("/devicelogin");
    if (request.method == "GET") {
        return Response::html(LoginPage::enterCode(action, QString()));
    }
    if (request.method != "POST") {
        return Response::html(LoginPage::message(QStringLiteral("Not supported"), QStringLiteral("Use GET or POST.")),
                              405);
    }
    const FormBody form = request.form();
    const QString userCode = normalUserCode(form.value(QStringLiteral("user_code")));
    const QDateTime now = m_context.now();
    const auto &codes = m_context.world.deviceCodes();
    const auto found = std::find_if(codes.cbegin(), codes.cend(), [&](const DeviceCode &d) {
        return d.userCode == userCode && d.state == DeviceCode::State::Pending;
    });
    if (!form.isValid() || userCode.isEmpty() || found == codes.cend()) {
        return Response::html(
            LoginPage::enterCode(action, QStringLiteral("That code didn't work. Check the code and try again.")), 400);
    }
    if (found->expiresAt <= now) {
        return Response::html(
            LoginPage::enterCode(action, QStringLiteral("That code has expired. Start again on your device.")), 400);
    }
    const qsizetype index = found - codes.cbegin();
    const DeviceCode device = *found;
    bool known = false;
    const Authority authority = Authority::resolve(
        m_context.world, device.tenantId.isEmpty() ? QStringLiteral("organizations") : device.tenantId, &known);
    const QString chosen = form.value(QStringLiteral("sandbox_user"));
    const User *user = chosen.isEmpty() ? nullptr : m_context.world.findUser(chosen);
    if (!user || !authority.admits(*user)) {
        return Response::html(LoginPage::chooseUser(
            QStringLiteral("Pick an account"), QStringLiteral("Sign in on your device as one of the demo users."),
            action, {{QStringLiteral("user_code"), userCode}}, m_policy.candidates(authority)));
    }
    const QString answer = form.value(QStringLiteral("sandbox_consent"));
    if (answer.isEmpty()) {
        return Response::html(LoginPage::consent(
            device.clientId, user->userPrincipalName, device.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts), action,
            {{QStringLiteral("user_code"), userCode}, {QStringLiteral("sandbox_user"), user->userPrincipalName}}));
    }
    DeviceCode &stored = m_context.world.editDeviceCodes()[index];
    if (answer == QLatin1String("accept")) {
        stored.state = DeviceCode::State::Approved;
        stored.userId = user->id;
        return Response::html(
            LoginPage::message(QStringLiteral("You're signed in"),
                               QStringLiteral("You may now close this window and return to your device.")));
    }
    stored.state = DeviceCode::State::Declined;
    return Response::html(
        LoginPage::message(QStringLiteral("Sign-in cancelled"), QStringLiteral("You declined to sign in.")));
}

} // namespace CrossKey::Sandbox
