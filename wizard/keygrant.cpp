// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/keygrant.h"

#include "wizard/handofffile.h"
#include "wizard/invitation.h"
#include "wizard/vaultnames.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("type"),       QStringLiteral("version"),
        QStringLiteral("cloud"),      QStringLiteral("customerTenantId"),
        QStringLiteral("vaultUri"),   QStringLiteral("keyName"),
        QStringLiteral("keyVersion"), QStringLiteral("appId"),
        QStringLiteral("createdAt"),
    };
    return fields;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}

// "" or "/" (Azure's host form), or "/vaults/{name}/" and "/managedhsms/{name}/" on a loopback host (the
// sandbox's path form, docs/sandbox.md "Host form").
bool acceptablePath(const QUrl &vault)
{
    const QString path = vault.path();
    if (path.isEmpty() || path == QLatin1String("/")) {
        return true;
    }
    static const QRegularExpression sandbox(
        QStringLiteral("^/(vaults|managedhsms)/[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]/?$"));
    return isLoopback(vault.host()) && sandbox.match(path).hasMatch();
}

} // namespace

Azure::Result<KeyGrant> KeyGrant::fromContext(const RunContext &context, const Azure::Cloud &cloud, bool pinVersion,
                                              const QDateTime &now)
{
    if (!context.customerTenantId || !context.vaultUri || !context.keyName || !context.appId ||
        (pinVersion && !context.keyVersion)) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The key grant needs the tenant, the vault, the key and the app id; run the customer "
                             "steps to the end first."));
    }
    KeyGrant grant;
    grant.cloud = Invitation::cloudNameFor(cloud);
    grant.customerTenantId = *context.customerTenantId;
    grant.vaultUri = QUrl(*context.vaultUri);
    grant.keyName = *context.keyName;
    grant.keyVersion = pinVersion ? *context.keyVersion : QString();
    grant.appId = *context.appId;
    grant.createdAt = now.toUTC();
    // What is written must read back: the same rules apply on both sides.
    auto checked = fromJson(grant.toJson());
    if (!checked) {
        return AzureError(AzureError::Kind::InvalidInput, checked.error().message());
    }
    if (auto onCloud = checked.value().checkCloud(cloud); !onCloud) {
        return onCloud.error();
    }
    return checked;
}

QJsonObject KeyGrant::toJson() const
{
    QString uri = vaultUri.toString(QUrl::FullyEncoded);
    if (!uri.endsWith(QLatin1Char('/'))) {
        uri += QLatin1Char('/');
    }
    QJsonObject json{
        {QStringLiteral("type"), kType},   {QStringLiteral("version"), version},
        {QStringLiteral("cloud"), cloud},  {QStringLiteral("customerTenantId"), customerTenantId},
        {QStringLiteral("vaultUri"), uri}, {QStringLiteral("keyName"), keyName},
        {QStringLiteral("appId"), appId},  {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
    };
    if (!keyVersion.isEmpty()) {
        json.insert(QStringLiteral("keyVersion"), keyVersion);
    }
    return json;
}

Azure::Result<KeyGrant> KeyGrant::fromJson(const QJsonObject &json, const QString &path)
{
    const QString source = path.isEmpty() ? tr("(key grant)") : path;
    if (auto header = HandoffFile::checkHeader(json, kType, kVersion, source); !header) {
        return header.error();
    }
    if (auto fields = HandoffFile::checkKnownFields(json, knownFields(), source); !fields) {
        return fields.error();
    }
    auto cloudName = HandoffFile::string(json, QStringLiteral("cloud"), source, 2048);
    auto tenant = HandoffFile::guid(json, QStringLiteral("customerTenantId"), source);
    auto vault = HandoffFile::url(json, QStringLiteral("vaultUri"), source);
    auto keyName = HandoffFile::string(json, QStringLiteral("keyName"), source, 127);
    auto appId = HandoffFile::guid(json, QStringLiteral("appId"), source);
    auto created = HandoffFile::dateTime(json, QStringLiteral("createdAt"), source);
    for (const AzureError *error : {cloudName ? nullptr : &cloudName.error(), tenant ? nullptr : &tenant.error(),
                                    vault ? nullptr : &vault.error(), keyName ? nullptr : &keyName.error(),
                                    appId ? nullptr : &appId.error(), created ? nullptr : &created.error()}) {
        if (error) {
            return *error;
        }
    }
    KeyGrant grant;
    grant.cloud = cloudName.value();
    grant.customerTenantId = tenant.value();
    grant.vaultUri = vault.value();
    grant.keyName = keyName.value();
    grant.appId = appId.value();
    grant.createdAt = created.value();
    if (json.contains(QStringLiteral("keyVersion"))) {
        auto pinned = HandoffFile::string(json, QStringLiteral("keyVersion"), source, 32);
        if (!pinned) {
            return pinned.error();
        }
        if (!VaultNames::isKeyVersion(pinned.value())) {
            return AzureError::invalidFile(source, tr("“keyVersion” is not a key version (32 hexadecimal digits)."));
        }
        grant.keyVersion = pinned.value();
    }
    if (!VaultNames::checkKeyName(grant.keyName)) {
        return AzureError::invalidFile(source, tr("“keyName” is not a Key Vault key name."));
    }
    if (!acceptablePath(grant.vaultUri) || grant.vaultUri.hasQuery()) {
        return AzureError::invalidFile(source, tr("“vaultUri” is not a key vault's address."));
    }
    if (!grant.vaultUri.path().endsWith(QLatin1Char('/'))) {
        grant.vaultUri.setPath(grant.vaultUri.path() + QLatin1Char('/'));
    }
    const auto builtIn = Azure::Cloud::fromName(grant.cloud);
    if (!builtIn) {
        const QUrl resourceManager(grant.cloud, QUrl::StrictMode);
        if (!resourceManager.isValid() || !Azure::Cloud::isAcceptableEndpoint(resourceManager)) {
            return AzureError::invalidFile(source, tr("“cloud” is neither a known cloud nor a Resource Manager URL."));
        }
    } else if (grant.vaultUri.scheme() != QLatin1String("https") ||
               !builtIn.value().isKeyVaultHost(grant.vaultUri.host())) {
        return AzureError::invalidFile(source, tr("“vaultUri” is not a key vault of the %1 cloud.").arg(grant.cloud));
    }
    return grant;
}

Azure::Result<void> KeyGrant::checkCloud(const Azure::Cloud &cloud) const
{
    if (Invitation::cloudNameFor(cloud).compare(this->cloud, Qt::CaseInsensitive) != 0 &&
        QUrl(this->cloud) != cloud.resourceManagerUrl()) {
        return AzureError(
            AzureError::Kind::InvalidInput,
            tr("The key grant is for the cloud %1, not %2.").arg(this->cloud, Invitation::cloudNameFor(cloud)));
    }
    if (!cloud.isKeyVaultHost(vaultUri.host())) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The key grant's vault %1 is not a key vault of %2.")
                              .arg(vaultUri.toString(), Invitation::cloudNameFor(cloud)));
    }
    return {};
}

Azure::Result<void> KeyGrant::save(const QString &path) const
{
    return HandoffFile::save(path, toJson());
}

Azure::Result<KeyGrant> KeyGrant::load(const QString &path)
{
    auto json = HandoffFile::read(path);
    if (!json) {
        return json.error();
    }
    return fromJson(json.value(), path);
}

Azure::Result<KeyGrant> KeyGrant::fromText(const QString &text)
{
    const qsizetype begin = text.indexOf(QLatin1Char('{'));
    const qsizetype end = text.lastIndexOf(QLatin1Char('}'));
    if (begin < 0 || end < begin) {
        return AzureError::invalidFile(tr("(pasted text)"), tr("it holds no key grant."));
    }
    auto json = HandoffFile::parse(text.mid(begin, end - begin + 1).toUtf8(), tr("(pasted text)"));
    if (!json) {
        return json.error();
    }
    return fromJson(json.value(), tr("(pasted text)"));
}

QUrl KeyGrant::keyUri() const
{
    QUrl uri = vaultUri;
    QString path = uri.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    path += QStringLiteral("keys/") + keyName;
    if (!keyVersion.isEmpty()) {
        path += QLatin1Char('/') + keyVersion;
    }
    uri.setPath(path);
    return uri;
}

QString KeyGrant::toText() const
{
    const QString version = keyVersion.isEmpty() ? tr("none: Storage follows the key's newest version") : keyVersion;
    return tr("Key grant for customer-managed keys\n"
              "\n"
              "Our tenant id: %1\n"
              "Key vault: %2\n"
              "Key: %3\n"
              "Pinned key version: %4\n"
              "Granted to application (client) id: %5\n"
              "Cloud: %6\n"
              "\n"
              "The application may read this key and wrap and unwrap with it, nothing more. Open this file (or paste "
              "this message) in CrossKey's ISV mode to point your storage account at the key. It holds no secrets.\n"
              "\n")
               .arg(customerTenantId, vaultUri.toString(), keyName, version, appId, cloud) +
           QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace CrossKey::Wizard
