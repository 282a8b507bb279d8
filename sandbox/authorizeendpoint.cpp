// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/authorizeendpoint.h"

#include "sandbox/ids.h"
#include "sandbox/redirecturi.h"
#include "sandbox/resourcecatalog.h"
#include "sandbox/servicecontext.h"
#include "sandbox/signinpolicy.h"
#include "sandbox/tokenissuer.h"

namespace CrossKey::Sandbox {

namespace {

Response deliver(const QUrl &redirectUri, const LoginPage::Fields &fields, const QString &responseMode)
{
    if (responseMode == QLatin1String("form_post")) {
        return Response::html(LoginPage::formPost(redirectUri.toString(), fields));
    }
    return Response::redirect(RedirectUri::withParameters(redirectUri, fields));
}

LoginPage::Fields carried(const FormBody &params)
{
    LoginPage::Fields fields;
    for (const auto &item : params.items()) {
        if (!item.first.startsWith(QLatin1String("sandbox_"))) {
            fields.append(item);
        }
    }
    return fields;
}

} // namespace

Response AuthorizeEndpoint::errorPage(const Request &request, const AadError &error) const
{
    Response response =
        Response::html(LoginPage::message(QStringLiteral("Sorry, but we're having trouble signing you in."),
                                          error.description(request, m_context.now())),
                       error.status);
    response.errorCode = QStringLiteral("AADSTS") + QString::number(error.code);
    return response;
}

Response AuthorizeEndpoint::handle(const Request &request, const Authority &authority)
{
    if (request.method != "GET" && request.method != "POST") {
        return errorPage(request, AadError{QStringLiteral("invalid_request"), 900561,
                                           QStringLiteral("The endpoint only accepts GET, POST requests."), 405});
    }
    const bool posted = request.method == "POST";
    const FormBody params = posted ? request.form() : request.query;
    if (!params.isValid()) {
        return errorPage(request, AadError{QStringLiteral("invalid_request"), 9002313,
                                           QStringLiteral("Invalid request. Request is malformed or invalid.")});
    }
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (const auto error = m_policy.checkClientId(clientId, authority)) {
        return errorPage(request, *error);
    }
    const Application client = *m_context.world.findApplication(clientId);
    const QString redirectText = params.value(QStringLiteral("redirect_uri"));
    if (redirectText.isEmpty()) {
        return errorPage(request, AadError::missingParameter(QStringLiteral("redirect_uri")));
    }
    if (!RedirectUri::matches(redirectText, client.publicClientRedirectUris + client.webRedirectUris)) {
        return errorPage(request, AadError::redirectMismatch(redirectText, clientId));
    }
    // From here on errors go back to the client.
    const QUrl redirectUri(redirectText);
    const QString state = params.value(QStringLiteral("state"));
    const QString responseMode = params.value(QStringLiteral("response_mode"));
    const auto fail = [&](const AadError &error) {
        LoginPage::Fields fields{{QStringLiteral("error"), error.error},
                                 {QStringLiteral("error_description"), error.description(request, m_context.now())}};
        if (!state.isEmpty()) {
            fields.append({QStringLiteral("state"), state});
        }
        Response response = deliver(redirectUri, fields, responseMode);
        response.errorCode = QStringLiteral("AADSTS") + QString::number(error.code);
        return response;
    };

    const QString responseType = params.value(QStringLiteral("response_type"));
    if (responseType != QLatin1String("code")) {
        return fail({QStringLiteral("unsupported_response_type"), 700054,
                     QStringLiteral("response_type '%1' is not enabled for the application.").arg(responseType)});
    }
    const QString scope = params.value(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty()) {
        return fail(AadError::missingParameter(QStringLiteral("scope")));
    }
    const ScopeSet scopes = ResourceCatalog::parse(scope, m_context.graphResource());
    if (!scopes.unknownResource.isEmpty()) {
        return fail(AadError::invalidResource(scopes.unknownResource, authority.name()));
    }
    const QString challenge = params.value(QStringLiteral("code_challenge"));
    if (challenge.isEmpty()) {
        return fail({QStringLiteral("invalid_request"), 9002325,
                     QStringLiteral("Proof Key for Code Exchange is required for cross-origin authorization code "
                                    "redemption.")});
    }
    if (params.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256")) {
        return fail({QStringLiteral("invalid_request"), 90023,
                     QStringLiteral("The code_challenge_method '%1' is not supported; use S256.")
                         .arg(params.value(QStringLiteral("code_challenge_method")))});
    }
    if (challenge.size() != 43) {
        return fail(
            {QStringLiteral("invalid_request"), 501491, QStringLiteral("Invalid size of Code_Challenge parameter.")});
    }

    const QString prompt = params.value(QStringLiteral("prompt"));
    const QString chosen = posted ? params.value(QStringLiteral("sandbox_user")) : QString();
    const User *user = nullptr;
    bool automatic = false;
    if (!chosen.isEmpty()) {
        user = m_context.world.findUser(chosen);
        if (!user || !authority.admits(*user)) {
            return errorPage(request, AadError::userNotInTenant(chosen, authority.name(), clientId));
        }
    } else if (prompt != QLatin1String("select_account") && prompt != QLatin1String("login")) {
        user = m_policy.autoApprovedUser(authority, params.value(QStringLiteral("login_hint")));
        automatic = user != nullptr;
    }
    if (!user) {
        if (prompt == QLatin1String("none")) {
            return fail({QStringLiteral("login_required"), 50058,
                         QStringLiteral("A silent sign-in request was sent but no user is signed in.")});
        }
        return Response::html(
            LoginPage::chooseUser(QStringLiteral("Pick an account"),
                                  QStringLiteral("Sign in to %1 as one of the demo users.").arg(client.displayName),
                                  request.path, carried(params), m_policy.candidates(authority)));
    }
    const User signedIn = *user;
    if (const auto error = m_policy.checkClientInTenant(client, signedIn.tenantId)) {
        return fail(*error);
    }
    if (m_policy.needsConsent(client, signedIn) || prompt == QLatin1String("consent")) {
        const QString answer = params.value(QStringLiteral("sandbox_consent"));
        if (answer == QLatin1String("decline")) {
            return fail({QStringLiteral("access_denied"), 65004,
                         QStringLiteral("User declined to consent to access the app.")});
        }
        if (answer == QLatin1String("accept")) {
            m_policy.recordUserConsent(client, signedIn, scope);
        } else if (prompt == QLatin1String("none")) {
            AadError error = AadError::consentRequired(clientId, client.displayName);
            error.error = QStringLiteral("consent_required");
            return fail(error);
        } else if (automatic) {
            m_policy.recordUserConsent(client, signedIn, scope);
        } else {
            LoginPage::Fields fields = carried(params);
            fields.append({QStringLiteral("sandbox_user"), signedIn.userPrincipalName});
            return Response::html(LoginPage::consent(client.displayName, signedIn.userPrincipalName,
                                                     scope.split(QLatin1Char(' '), Qt::SkipEmptyParts), request.path,
                                                     fields));
        }
    }

    AuthorizationCode code;
    code.code = Ids::randomToken(48);
    code.clientId = client.appId;
    code.tenantId = signedIn.tenantId;
    code.userId = signedIn.id;
    code.redirectUri = redirectText;
    code.scope = scope;
    code.codeChallenge = challenge;
    code.nonce = params.value(QStringLiteral("nonce"));
    code.expiresAt = m_context.now().addSecs(m_context.options.authorizationCodeLifetimeSeconds);
    m_context.world.editAuthorizationCodes().append(code);

    LoginPage::Fields fields{{QStringLiteral("code"), code.code}};
    if (!state.isEmpty()) {
        fields.append({QStringLiteral("state"), state});
    }
    if (params.value(QStringLiteral("client_info")) == QLatin1String("1")) {
        fields.append({QStringLiteral("client_info"), TokenIssuer::clientInfo(signedIn)});
    }
    fields.append({QStringLiteral("session_state"), Ids::deterministic(signedIn.id)});
    return deliver(redirectUri, fields, responseMode);
}

} // namespace CrossKey::Sandbox
