// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/authorizationcodeflow.h"

#include "azure/pkce.h"

namespace CrossKey::Azure {

AuthorizationCodeFlow::AuthorizationCodeFlow(QObject *parent)
    : QOAuth2AuthorizationCodeFlow(parent)
{
    setModifyParametersFunction([this](Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage != Stage::RequestingAuthorization) {
            return;
        }
        parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(m_codeChallenge));
        parameters->insert(QStringLiteral("code_challenge_method"), QString(Pkce::kMethod));
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
            parameters->insert(it.key(), it.value());
        }
    });
}

void AuthorizationCodeFlow::setAuthorizeParameters(const QByteArray &codeChallenge,
                                                   const QMultiMap<QString, QVariant> &extra)
{
    m_codeChallenge = codeChallenge;
    m_extra = extra;
}

void AuthorizationCodeFlow::resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters)
{
    if (url != authorizationUrl()) {
        return;
    }
    Q_EMIT authorizeWithBrowser(buildAuthenticateUrl(parameters));
}

} // namespace CrossKey::Azure
