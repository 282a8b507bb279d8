// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/serviceerror.h"

#include "azure/errorhints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace CrossKey::Azure {

namespace {

using Service = ServiceError::Service;

// Response headers worth quoting to support, per service (CONTRACTS.md §0 "Request ids").
QList<QByteArray> requestIdHeaders(Service service)
{
    switch (service) {
    case Service::ResourceManager:
        return {"x-ms-request-id", "x-ms-correlation-request-id", "x-ms-routing-request-id", "x-ms-client-request-id"};
    case Service::Graph:
        return {"request-id", "client-request-id", "x-ms-ags-diagnostic"};
    case Service::KeyVault:
        return {"x-ms-request-id", "x-ms-client-request-id", "x-ms-keyvault-region", "x-ms-keyvault-service-version"};
    case Service::Identity:
        return {"x-ms-request-id", "client-request-id"};
    case Service::Storage:
        return {"x-ms-request-id", "x-ms-client-request-id"};
    }
    return {};
}

QByteArray header(const ServiceError::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void addRequestIds(AzureError &error, Service service, const ServiceError::Headers &headers)
{
    for (const QByteArray &name : requestIdHeaders(service)) {
        error.addRequestId(QString::fromLatin1(name), QString::fromUtf8(header(headers, name)).trimmed());
    }
}

void addIfMissing(AzureError &error, const QString &name, const QJsonValue &value)
{
    if (value.isString() && !error.requestIds().contains(name)) {
        error.addRequestId(name, value.toString());
    }
}

// Text safe to show from a body that is not the expected JSON: the HTML title, or the first line.
QString excerpt(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(text);
    QString line = match.hasMatch() ? match.captured(1) : text.section(QLatin1Char('\n'), 0, 0);
    line = line.simplified();
    if (line.startsWith(QLatin1Char('<'))) {
        return {};
    }
    return line.size() > 160 ? line.left(160) + QChar(0x2026) : line;
}

bool looksLikeHtml(const QByteArray &body, const ServiceError::Headers &headers)
{
    return header(headers, "content-type").toLower().contains("text/html") || body.trimmed().startsWith('<');
}

AzureError finish(AzureError error, Service service, const ServiceError::Headers &headers, const QStringList &codes)
{
    addRequestIds(error, service, headers);
    error.setHint(ErrorHints::forError(codes, error.httpStatus(), error.message()));
    return error;
}

// Bodies that are not the JSON error we expect: empty, HTML, not JSON, or JSON of another shape.
// Returns true (and fills `error`) when the body is unusable; otherwise `object` is the parsed body.
bool unusableBody(Service service, int status, const ServiceError::Headers &headers, const QByteArray &body,
                  QJsonObject *object, AzureError *error)
{
    const QString name = ServiceError::serviceName(service);
    if (body.trimmed().isEmpty()) {
        *error = AzureError::service(status, {},
                                     ServiceError::tr("%1 answered HTTP %2 without details.").arg(name).arg(status));
        *error = finish(*error, service, headers, {});
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QByteArray trimmed = body.trimmed();
    const bool meantAsJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (parseError.error != QJsonParseError::NoError && !meantAsJson) {
        const bool html = looksLikeHtml(body, headers);
        const QString text = excerpt(body);
        QString message;
        if (html) {
            message =
                text.isEmpty()
                    ? ServiceError::tr("%1 answered HTTP %2 with a web page instead of an error.").arg(name).arg(status)
                    : ServiceError::tr("%1 answered HTTP %2 with a web page instead of an error: “%3”.")
                          .arg(name)
                          .arg(status)
                          .arg(text);
        } else {
            message = ServiceError::tr("%1 answered HTTP %2 with text instead of an error: “%3”.")
                          .arg(name)
                          .arg(status)
                          .arg(text);
        }
        *error = finish(AzureError::service(status, {}, message), service, headers, {});
        if (html) {
            // A proxy, firewall, captive portal or gateway answered instead of the service.
            error->setHint(ServiceError::tr("Something between this computer and Azure (a proxy, firewall or "
                                            "captive portal) answered. Check the network or proxy settings, then "
                                            "retry."));
        }
        return true;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *error = AzureError(AzureError::Kind::InvalidResponse,
                            ServiceError::tr("%1 answered HTTP %2 with an error that could not be read (%3).")
                                .arg(name)
                                .arg(status)
                                .arg(parseError.errorString()));
        error->setHttpStatus(status);
        *error = finish(*error, service, headers, {});
        return true;
    }
    if (!document.isObject()) {
        *error = AzureError(
            AzureError::Kind::InvalidResponse,
            ServiceError::tr("%1 answered HTTP %2 with an error in an unexpected form.").arg(name).arg(status));
        error->setHttpStatus(status);
        *error = finish(*error, service, headers, {});
        return true;
    }
    *object = document.object();
    return false;
}

AzureError wrongShape(Service service, int status, const ServiceError::Headers &headers, const QString &what)
{
    AzureError error(AzureError::Kind::InvalidResponse,
                     ServiceError::tr("%1 answered HTTP %2 with an error in an unexpected form: %3.")
                         .arg(ServiceError::serviceName(service))
                         .arg(status)
                         .arg(what));
    error.setHttpStatus(status);
    return finish(error, service, headers, {});
}

// A string field that may be absent; `ok` turns false when present with another type.
QString optionalString(const QJsonObject &object, const QString &key, bool *ok)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        *ok = false;
        return {};
    }
    return value.toString();
}

// ARM details[] (common-types v5), flattened to "code: message" lines, nested details included.
void collectDetails(const QJsonArray &details, int depth, QStringList *lines, QStringList *codes)
{
    if (depth > 3) {
        return;
    }
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        const QString code = detail.value(QStringLiteral("code")).toString();
        const QString message = detail.value(QStringLiteral("message")).toString();
        if (!code.isEmpty()) {
            codes->append(code);
        }
        if (!code.isEmpty() || !message.isEmpty()) {
            lines->append(code.isEmpty() ? message : message.isEmpty() ? code : code + QStringLiteral(": ") + message);
        }
        collectDetails(detail.value(QStringLiteral("details")).toArray(), depth + 1, lines, codes);
    }
}

// The service's {code, message} object: ARM wraps it in "error" (or in an operation status body), but
// some resource providers answer it flat (§3.7: {"code":"KeyVaultPolicyError","message":"…"}).
bool errorObject(const QJsonObject &body, bool allowFlat, QJsonObject *error)
{
    const QJsonValue wrapped = body.value(QStringLiteral("error"));
    if (wrapped.isObject()) {
        *error = wrapped.toObject();
        return true;
    }
    if (allowFlat && wrapped.isUndefined() && body.value(QStringLiteral("code")).isString()) {
        *error = body;
        return true;
    }
    return false;
}

} // namespace

QString ServiceError::serviceName(Service service)
{
    switch (service) {
    case Service::ResourceManager:
        return tr("Azure Resource Manager");
    case Service::Graph:
        return tr("Microsoft Graph");
    case Service::KeyVault:
        return tr("Key Vault");
    case Service::Identity:
        return tr("The Microsoft identity platform");
    case Service::Storage:
        return tr("Azure Storage");
    }
    return {};
}

AzureError ServiceError::fromReply(Service service, int httpStatus, const Headers &headers, const QByteArray &body)
{
    switch (service) {
    case Service::ResourceManager:
        return fromResourceManager(httpStatus, headers, body);
    case Service::Graph:
        return fromGraph(httpStatus, headers, body);
    case Service::KeyVault:
        return fromKeyVault(httpStatus, headers, body);
    case Service::Identity:
        return fromIdentity(httpStatus, headers, body);
    case Service::Storage:
        return fromStorage(httpStatus, headers, body);
    }
    return fromResourceManager(httpStatus, headers, body);
}

AzureError ServiceError::fromResourceManager(int httpStatus, const Headers &headers, const QByteArray &body)
{
    const Service service = Service::ResourceManager;
    QJsonObject object;
    AzureError error;
    if (unusableBody(service, httpStatus, headers, body, &object, &error)) {
        return error;
    }
    QJsonObject inner;
    if (!errorObject(object, true, &inner)) {
        return wrongShape(service, httpStatus, headers, tr("no error object"));
    }
    bool ok = true;
    const QString code = optionalString(inner, QStringLiteral("code"), &ok);
    const QString message = optionalString(inner, QStringLiteral("message"), &ok);
    const QString target = optionalString(inner, QStringLiteral("target"), &ok);
    const QJsonValue details = inner.value(QStringLiteral("details"));
    if (!ok || code.isEmpty() || !(details.isUndefined() || details.isNull() || details.isArray())) {
        return wrongShape(service, httpStatus, headers, tr("error.code, error.message or error.details"));
    }
    QStringList lines;
    QStringList detailCodes;
    if (!target.isEmpty()) {
        lines.append(tr("Target: %1").arg(target));
    }
    collectDetails(details.toArray(), 0, &lines, &detailCodes);

    error = AzureError::service(httpStatus, code, message.isEmpty() ? code : message);
    error.setDetails(lines);
    // The first detail code with a hint is the most useful one (e.g. RequestDisallowedByPolicy under
    // InvalidTemplateDeployment); otherwise the first detail code.
    QString innerCode = detailCodes.value(0);
    for (const QString &detailCode : detailCodes) {
        if (!ErrorHints::forCode(detailCode).isEmpty()) {
            innerCode = detailCode;
            break;
        }
    }
    error.setInnerCode(innerCode);
    return finish(error, service, headers, {innerCode, code});
}

AzureError ServiceError::fromGraph(int httpStatus, const Headers &headers, const QByteArray &body)
{
    const Service service = Service::Graph;
    QJsonObject object;
    AzureError error;
    if (unusableBody(service, httpStatus, headers, body, &object, &error)) {
        return error;
    }
    QJsonObject inner;
    if (!errorObject(object, false, &inner)) {
        return wrongShape(service, httpStatus, headers, tr("no error object"));
    }
    bool ok = true;
    const QString code = optionalString(inner, QStringLiteral("code"), &ok);
    const QString message = optionalString(inner, QStringLiteral("message"), &ok);
    if (!ok || code.isEmpty()) {
        return wrongShape(service, httpStatus, headers, tr("error.code or error.message"));
    }
    error = AzureError::service(httpStatus, code, message.isEmpty() ? code : message);
    error = finish(error, service, headers, {code});
    // innerError (camel case, unlike Key Vault) repeats the ids; headers win when both are there.
    const QJsonObject ids = inner.value(QStringLiteral("innerError")).toObject();
    addIfMissing(error, QStringLiteral("request-id"), ids.value(QStringLiteral("request-id")));
    addIfMissing(error, QStringLiteral("client-request-id"), ids.value(QStringLiteral("client-request-id")));
    addIfMissing(error, QStringLiteral("date"), ids.value(QStringLiteral("date")));
    return error;
}

AzureError ServiceError::fromKeyVault(int httpStatus, const Headers &headers, const QByteArray &body)
{
    const Service service = Service::KeyVault;
    QJsonObject object;
    AzureError error;
    if (unusableBody(service, httpStatus, headers, body, &object, &error)) {
        return error;
    }
    QJsonObject inner;
    if (!errorObject(object, false, &inner)) {
        return wrongShape(service, httpStatus, headers, tr("no error object"));
    }
    bool ok = true;
    const QString code = optionalString(inner, QStringLiteral("code"), &ok);
    const QString message = optionalString(inner, QStringLiteral("message"), &ok);
    const QJsonValue innerError = inner.value(QStringLiteral("innererror"));
    QString innerCode;
    if (innerError.isObject()) {
        innerCode = optionalString(innerError.toObject(), QStringLiteral("code"), &ok);
    } else if (!innerError.isUndefined() && !innerError.isNull()) {
        ok = false;
    }
    if (!ok || code.isEmpty()) {
        return wrongShape(service, httpStatus, headers, tr("error.code, error.message or error.innererror"));
    }
    if (innerCode.isEmpty()) {
        // §4.5: a wrong-tenant token is only told apart by "AKV10032: Invalid issuer…" in the message.
        static const QRegularExpression akv(QStringLiteral("^(AKV\\d+):"));
        innerCode = akv.match(message).captured(1);
    }
    error = AzureError::service(httpStatus, code, message.isEmpty() ? code : message);
    error.setInnerCode(innerCode);
    return finish(error, service, headers, {innerCode, code});
}

AzureError ServiceError::fromIdentity(int httpStatus, const Headers &headers, const QByteArray &body)
{
    const Service service = Service::Identity;
    QJsonObject object;
    AzureError error;
    if (unusableBody(service, httpStatus, headers, body, &object, &error)) {
        return error;
    }
    bool ok = true;
    const QString oauthError = optionalString(object, QStringLiteral("error"), &ok);
    const QString description = optionalString(object, QStringLiteral("error_description"), &ok);
    const QJsonValue codes = object.value(QStringLiteral("error_codes"));
    if (!ok || oauthError.isEmpty() || !(codes.isUndefined() || codes.isNull() || codes.isArray())) {
        return wrongShape(service, httpStatus, headers, tr("error, error_description or error_codes"));
    }

    // §1.6: branch on `error` and the numeric code, never on the text. The description starts with
    // "AADSTS70008: …" and ends with "\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …".
    static const QRegularExpression aadsts(QStringLiteral("^\\s*(AADSTS(\\d+))\\s*:\\s*"));
    const auto match = aadsts.match(description);
    QString code;
    if (match.hasMatch()) {
        code = match.captured(1);
    } else if (!codes.toArray().isEmpty() && codes.toArray().first().isDouble()) {
        code = QStringLiteral("AADSTS%1").arg(static_cast<qint64>(codes.toArray().first().toDouble()));
    }
    QString message = description;
    if (match.hasMatch()) {
        message.remove(0, match.capturedLength(0));
    }
    message = message.section(QRegularExpression(QStringLiteral("\\r?\\n")), 0, 0).trimmed();
    if (message.isEmpty()) {
        message = oauthError;
    }

    error = AzureError(AzureError::Kind::SignIn, message);
    error.setHttpStatus(httpStatus);
    error.setCode(code.isEmpty() ? oauthError : code);
    if (!code.isEmpty()) {
        error.setInnerCode(oauthError);
    }
    error = finish(error, service, headers, {code, oauthError});
    addIfMissing(error, QStringLiteral("trace_id"), object.value(QStringLiteral("trace_id")));
    addIfMissing(error, QStringLiteral("correlation_id"), object.value(QStringLiteral("correlation_id")));
    addIfMissing(error, QStringLiteral("timestamp"), object.value(QStringLiteral("timestamp")));
    return error;
}

AzureError ServiceError::fromRedirect(const QUrlQuery &query)
{
    // Redirect parameters are form-encoded: '+' is a space.
    const auto value = [&query](const QString &key) {
        QString encoded = query.queryItemValue(key, QUrl::FullyEncoded);
        encoded.replace(QLatin1Char('+'), QStringLiteral("%20"));
        return QUrl::fromPercentEncoding(encoded.toUtf8());
    };
    const QString oauthError = value(QStringLiteral("error"));
    if (oauthError.isEmpty()) {
        return AzureError(AzureError::Kind::SignIn, tr("The sign-in page returned without a code or an error."),
                          tr("Try signing in again."));
    }
    const QJsonObject object{{QStringLiteral("error"), oauthError},
                             {QStringLiteral("error_description"), value(QStringLiteral("error_description"))}};
    AzureError error = fromIdentity(0, {}, QJsonDocument(object).toJson(QJsonDocument::Compact));
    return error;
}

AzureError ServiceError::fromStorage(int httpStatus, const Headers &headers, const QByteArray &body)
{
    // The blob service names the error in x-ms-error-code and repeats it, with a message whose later lines are
    // only RequestId/Time, in an XML body; a HEAD answer has the header alone.
    QString code = QString::fromLatin1(header(headers, "x-ms-error-code"));
    QString message;
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement() && xml.name() == QLatin1String("Code") && code.isEmpty()) {
            code = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("Message")) {
            message = xml.readElementText().section(QLatin1Char('\n'), 0, 0).trimmed();
        }
    }
    if (message.isEmpty()) {
        message = code.isEmpty()
                      ? tr("%1 answered HTTP %2 without details.").arg(serviceName(Service::Storage)).arg(httpStatus)
                      : code;
    }
    return finish(AzureError::service(httpStatus, code, message), Service::Storage, headers,
                  code.isEmpty() ? QStringList() : QStringList{code});
}

} // namespace CrossKey::Azure
