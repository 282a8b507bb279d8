// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/azureerror.h"

#include <QJsonArray>
#include <QJsonValue>

namespace CrossKey::Azure {

namespace {

struct KindName
{
    AzureError::Kind kind;
    const char *name;
};

// Stable names: they are written to progress files.
constexpr KindName kKindNames[] = {
    {AzureError::Kind::Service, "service"},
    {AzureError::Kind::Network, "network"},
    {AzureError::Kind::Timeout, "timeout"},
    {AzureError::Kind::Cancelled, "cancelled"},
    {AzureError::Kind::InvalidResponse, "invalidResponse"},
    {AzureError::Kind::InvalidFile, "invalidFile"},
    {AzureError::Kind::InvalidInput, "invalidInput"},
    {AzureError::Kind::SignIn, "signIn"},
    {AzureError::Kind::Keychain, "keychain"},
    {AzureError::Kind::Internal, "internal"},
};

} // namespace

AzureError::AzureError(Kind kind, QString message, QString hint)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_hint(std::move(hint))
{}

AzureError AzureError::service(int httpStatus, QString code, QString message)
{
    AzureError error(Kind::Service, std::move(message));
    error.m_httpStatus = httpStatus;
    error.m_code = std::move(code);
    return error;
}

AzureError AzureError::cancelled()
{
    return AzureError(Kind::Cancelled, tr("Cancelled."), tr("Nothing further was changed. Run again to continue."));
}

AzureError AzureError::timeout(QString what)
{
    return AzureError(Kind::Timeout, tr("No answer in time: %1").arg(what),
                      tr("Check the network connection, then retry."));
}

AzureError AzureError::invalidFile(const QString &path, QString reason)
{
    return AzureError(Kind::InvalidFile, tr("The file %1 cannot be used: %2").arg(path, reason));
}

AzureError &AzureError::setHint(QString hint)
{
    m_hint = std::move(hint);
    return *this;
}

AzureError &AzureError::setCode(QString code)
{
    m_code = std::move(code);
    return *this;
}

AzureError &AzureError::setInnerCode(QString innerCode)
{
    m_innerCode = std::move(innerCode);
    return *this;
}

AzureError &AzureError::setDetails(QStringList details)
{
    m_details = std::move(details);
    return *this;
}

AzureError &AzureError::setHttpStatus(int httpStatus)
{
    m_httpStatus = httpStatus;
    return *this;
}

AzureError &AzureError::addRequestId(const QString &header, const QString &value)
{
    if (!value.isEmpty()) {
        m_requestIds.insert(header.toLower(), value);
    }
    return *this;
}

QString AzureError::summary() const
{
    if (m_httpStatus > 0 && !m_code.isEmpty()) {
        return tr("%1 (HTTP %2, %3)").arg(m_message).arg(m_httpStatus).arg(m_code);
    }
    if (m_httpStatus > 0) {
        return tr("%1 (HTTP %2)").arg(m_message).arg(m_httpStatus);
    }
    if (!m_code.isEmpty()) {
        return tr("%1 (%2)").arg(m_message, m_code);
    }
    return m_message;
}

QString AzureError::kindName(Kind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("internal");
}

QJsonObject AzureError::toJson() const
{
    QJsonObject ids;
    for (auto it = m_requestIds.cbegin(); it != m_requestIds.cend(); ++it) {
        ids.insert(it.key(), it.value());
    }
    QJsonObject json{
        {QStringLiteral("kind"), kindName(m_kind)}, {QStringLiteral("httpStatus"), m_httpStatus},
        {QStringLiteral("code"), m_code},           {QStringLiteral("message"), m_message},
        {QStringLiteral("hint"), m_hint},           {QStringLiteral("requestIds"), ids},
    };
    // Written only when set, so progress files of errors without them stay as they were.
    if (!m_innerCode.isEmpty()) {
        json.insert(QStringLiteral("innerCode"), m_innerCode);
    }
    if (!m_details.isEmpty()) {
        json.insert(QStringLiteral("details"), QJsonArray::fromStringList(m_details));
    }
    return json;
}

AzureError AzureError::fromJson(const QJsonObject &json)
{
    AzureError error;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    for (const auto &entry : kKindNames) {
        if (kind == QLatin1String(entry.name)) {
            error.m_kind = entry.kind;
        }
    }
    error.m_httpStatus = json.value(QStringLiteral("httpStatus")).toInt();
    error.m_code = json.value(QStringLiteral("code")).toString();
    error.m_message = json.value(QStringLiteral("message")).toString();
    error.m_hint = json.value(QStringLiteral("hint")).toString();
    error.m_innerCode = json.value(QStringLiteral("innerCode")).toString();
    for (const QJsonValue &detail : json.value(QStringLiteral("details")).toArray()) {
        error.m_details.append(detail.toString());
    }
    const QJsonObject ids = json.value(QStringLiteral("requestIds")).toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        error.m_requestIds.insert(it.key(), it.value().toString());
    }
    return error;
}

} // namespace CrossKey::Azure
