// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

// crosskey.azure.http: one line per REST attempt and answer, with the request ids to quote to support.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// HttpLog owns what of a request may be logged: URLs with secret query values replaced, header values of
// Authorization, cookies and assertions replaced, so no token, code or client_assertion reaches a log file.
class HttpLog final
{
public:
    HttpLog() = delete;

    static QString redactedUrl(const QUrl &url);
    static QByteArray redactedHeader(const QByteArray &name, const QByteArray &value);
    static bool isSecretName(const QString &name);
};

} // namespace CrossKey::Azure
