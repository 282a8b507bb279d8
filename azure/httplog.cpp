// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/httplog.h"

#include <QStringList>
#include <QUrlQuery>

namespace CrossKey::Azure {

Q_LOGGING_CATEGORY(lcHttp, "crosskey.azure.http")

bool HttpLog::isSecretName(const QString &name)
{
    static const QStringList secrets = {
        QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),        QStringLiteral("set-cookie"),
        QStringLiteral("code"),          QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"),
        QStringLiteral("client_secret"), QStringLiteral("client_assertion"),
        QStringLiteral("assertion"),     QStringLiteral("password"),
        QStringLiteral("code_verifier"), QStringLiteral("sig"),
        QStringLiteral("token"),
    };
    return secrets.contains(name.toLower());
}

QString HttpLog::redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    QUrlQuery query(copy);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (isSecretName(key)) {
            value = QStringLiteral("REDACTED");
        }
    }
    query.setQueryItems(items);
    copy.setQuery(query);
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray HttpLog::redactedHeader(const QByteArray &name, const QByteArray &value)
{
    if (isSecretName(QString::fromLatin1(name))) {
        const qsizetype space = value.indexOf(' ');
        // Keep the scheme ("Bearer"), so a log still says which kind of credential went out.
        return (space > 0 ? value.left(space + 1) : QByteArray()) + "REDACTED";
    }
    return value;
}

} // namespace CrossKey::Azure
