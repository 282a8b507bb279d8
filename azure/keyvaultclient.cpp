// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/keyvaultclient.h"

#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace CrossKey::Azure {

namespace {

constexpr auto kVault = RestRequest::Service::KeyVault;

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QUrl KeyVaultClient::url(const QString &path) const
{
    QUrl result = m_vault;
    QString base = result.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    result.setPath(base + path, QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), kApiVersion);
    result.setQuery(query);
    return result;
}

RestJob *KeyVaultClient::createKey(const QString &name, const QString &keyType, int keySize) const
{
    return createKey(name, keyType, keySize, QDateTime());
}

RestJob *KeyVaultClient::createKey(const QString &name, const QString &keyType, int keySize,
                                   const QDateTime &expires) const
{
    QJsonObject request{{QStringLiteral("kty"), keyType}, {QStringLiteral("key_size"), keySize}};
    if (expires.isValid()) {
        request.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("exp"), expires.toSecsSinceEpoch()}});
    }
    const QByteArray body = json(request);
    return m_pipeline->send(RestRequest::withBody(
        kVault, "POST", url(QStringLiteral("/keys/") + segment(name) + QStringLiteral("/create")), body));
}

RestJob *KeyVaultClient::getKey(const QString &name, const QString &version) const
{
    QString path = QStringLiteral("/keys/") + segment(name);
    if (!version.isEmpty()) {
        path += QLatin1Char('/') + segment(version);
    }
    return m_pipeline->send(RestRequest::get(kVault, url(path)));
}

PagerJob *KeyVaultClient::listKeys() const
{
    return new PagerJob(m_pipeline, RestRequest::get(kVault, url(QStringLiteral("/keys"))));
}

PagerJob *KeyVaultClient::listVersions(const QString &name) const
{
    return new PagerJob(m_pipeline, RestRequest::get(kVault, url(QStringLiteral("/keys/") + segment(name) +
                                                                 QStringLiteral("/versions"))));
}

RestJob *KeyVaultClient::setEnabled(const QString &name, const QString &version, bool enabled) const
{
    const QByteArray body = json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), enabled}}}});
    RestRequest request = RestRequest::withBody(
        kVault, "PATCH", url(QStringLiteral("/keys/") + segment(name) + QLatin1Char('/') + segment(version)), body);
    request.setIdempotent(true);
    return m_pipeline->send(request);
}

RestJob *KeyVaultClient::rotateKey(const QString &name) const
{
    return m_pipeline->send(RestRequest::withBody(
        kVault, "POST", url(QStringLiteral("/keys/") + segment(name) + QStringLiteral("/rotate")), {}));
}

} // namespace CrossKey::Azure
