// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/invitation.h"

#include "wizard/handofffile.h"

#include <QUrlQuery>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("type"),
        QStringLiteral("version"),
        QStringLiteral("cloud"),
        QStringLiteral("isvTenantId"),
        QStringLiteral("appId"),
        QStringLiteral("appName"),
        QStringLiteral("adminConsentUrl"),
        QStringLiteral("createdAt"),
    };
    return fields;
}

QString basePath(const QUrl &authority)
{
    QString path = authority.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

} // namespace

QUrl Invitation::adminConsentUrlFor(const Azure::Cloud &cloud, const QString &appId)
{
    // The tenant-wide form with "organizations": the customer's administrator signs in to their own tenant, so
    // the ISV needs not know it (CONTRACTS.md §1.7; docs/isv-prepare.md).
    QUrl url = cloud.authorityHost();
    url.setPath(basePath(url) + QStringLiteral("/organizations/adminconsent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), appId);
    url.setQuery(query);
    return url;
}

QString Invitation::cloudNameFor(const Azure::Cloud &cloud)
{
    return cloud.isBuiltIn() ? cloud.name() : cloud.resourceManagerUrl().toString();
}

Azure::Result<Invitation> Invitation::fromContext(const RunContext &context, const Azure::Cloud &cloud,
                                                  const QDateTime &now)
{
    if (!context.tenantId || !context.appId || !context.appName) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The invitation needs the ISV tenant, the app id and the app name; run the ISV "
                             "preparation to the end first."));
    }
    Invitation invitation;
    invitation.cloud = cloudNameFor(cloud);
    invitation.isvTenantId = *context.tenantId;
    invitation.appId = *context.appId;
    invitation.appName = *context.appName;
    invitation.adminConsentUrl = adminConsentUrlFor(cloud, *context.appId);
    invitation.createdAt = now.toUTC();
    // What is written must read back: the same rules apply on both sides.
    auto checked = fromJson(invitation.toJson());
    if (!checked) {
        return AzureError(AzureError::Kind::InvalidInput, checked.error().message());
    }
    return checked;
}

QJsonObject Invitation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("type"), kType},
        {QStringLiteral("version"), version},
        {QStringLiteral("cloud"), cloud},
        {QStringLiteral("isvTenantId"), isvTenantId},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("appName"), appName},
        {QStringLiteral("adminConsentUrl"), adminConsentUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
    };
}

Azure::Result<Invitation> Invitation::fromJson(const QJsonObject &json, const QString &path)
{
    const QString source = path.isEmpty() ? tr("(invitation)") : path;
    if (auto header = HandoffFile::checkHeader(json, kType, kVersion, source); !header) {
        return header.error();
    }
    if (auto fields = HandoffFile::checkKnownFields(json, knownFields(), source); !fields) {
        return fields.error();
    }
    Invitation invitation;
    auto cloudName = HandoffFile::string(json, QStringLiteral("cloud"), source, 2048);
    auto tenant = HandoffFile::guid(json, QStringLiteral("isvTenantId"), source);
    auto appId = HandoffFile::guid(json, QStringLiteral("appId"), source);
    auto appName = HandoffFile::string(json, QStringLiteral("appName"), source, 120);
    auto consent = HandoffFile::url(json, QStringLiteral("adminConsentUrl"), source);
    auto created = HandoffFile::dateTime(json, QStringLiteral("createdAt"), source);
    for (const AzureError *error : {cloudName ? nullptr : &cloudName.error(), tenant ? nullptr : &tenant.error(),
                                    appId ? nullptr : &appId.error(), appName ? nullptr : &appName.error(),
                                    consent ? nullptr : &consent.error(), created ? nullptr : &created.error()}) {
        if (error) {
            return *error;
        }
    }
    invitation.cloud = cloudName.value();
    invitation.isvTenantId = tenant.value();
    invitation.appId = appId.value();
    invitation.appName = appName.value();
    invitation.adminConsentUrl = consent.value();
    invitation.createdAt = created.value();

    const auto builtIn = Azure::Cloud::fromName(invitation.cloud);
    if (!builtIn) {
        const QUrl resourceManager(invitation.cloud, QUrl::StrictMode);
        if (!resourceManager.isValid() || !Azure::Cloud::isAcceptableEndpoint(resourceManager)) {
            return AzureError::invalidFile(source, tr("“cloud” is neither a known cloud nor a Resource Manager URL."));
        }
    } else if (!sameOrigin(invitation.adminConsentUrl, builtIn.value().authorityHost())) {
        return AzureError::invalidFile(source, tr("the admin-consent link does not go to the sign-in service of the "
                                                  "%1 cloud (%2).")
                                                   .arg(invitation.cloud, builtIn.value().authorityHost().host()));
    }
    if (!invitation.adminConsentUrl.path().endsWith(QLatin1String("/organizations/adminconsent"))) {
        return AzureError::invalidFile(source, tr("the admin-consent link is not an admin-consent link."));
    }
    const QUrlQuery query(invitation.adminConsentUrl);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    if (items.size() != 1 || items.first().first != QLatin1String("client_id") ||
        items.first().second.compare(invitation.appId, Qt::CaseInsensitive) != 0) {
        return AzureError::invalidFile(source,
                                       tr("the admin-consent link is for another app than %1.").arg(invitation.appId));
    }
    return invitation;
}

Azure::Result<void> Invitation::checkCloud(const Azure::Cloud &cloud) const
{
    if (cloudNameFor(cloud).compare(this->cloud, Qt::CaseInsensitive) != 0 &&
        QUrl(this->cloud) != cloud.resourceManagerUrl()) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The invitation is for the cloud %1, not %2.").arg(this->cloud, cloudNameFor(cloud)));
    }
    if (!sameOrigin(adminConsentUrl, cloud.authorityHost()) ||
        !adminConsentUrl.path().startsWith(basePath(cloud.authorityHost()) + QLatin1Char('/'))) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The invitation's admin-consent link does not go to the sign-in service of %1.")
                              .arg(cloud.authorityHost().toString()));
    }
    return {};
}

Azure::Result<void> Invitation::save(const QString &path) const
{
    return HandoffFile::save(path, toJson());
}

Azure::Result<Invitation> Invitation::load(const QString &path)
{
    auto json = HandoffFile::read(path);
    if (!json) {
        return json.error();
    }
    return fromJson(json.value(), path);
}

QString Invitation::toText() const
{
    return tr("Invitation to use customer-managed keys with %1\n"
              "\n"
              "Application: %1\n"
              "Application (client) id: %2\n"
              "Publisher tenant id: %3\n"
              "Cloud: %4\n"
              "\n"
              "You will be asked to do this, in order (CrossKey can do each step for you; open this invitation "
              "file in CrossKey's customer mode):\n"
              "1. Install the application in your tenant: an administrator opens this link, signs in and accepts:\n"
              "   %5\n"
              "2. Create a key vault (or choose one) with soft delete and purge protection on.\n"
              "3. Create an RSA key in it for %1 to use.\n"
              "4. Give the application the role “Key Vault Crypto Service Encryption User” on that key.\n"
              "5. Send us back the key grant file CrossKey writes (the key's URL and your tenant id; it holds no "
              "secrets).\n"
              "\n"
              "The application asks for no other permissions. You can revoke access at any time by removing the "
              "role assignment or disabling the key.\n")
        .arg(appName, appId, isvTenantId, cloud, adminConsentUrl.toString(QUrl::FullyEncoded));
}

} // namespace CrossKey::Wizard
