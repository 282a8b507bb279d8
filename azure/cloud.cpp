// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/cloud.h"

#include "azure/scopes.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

namespace CrossKey::Azure {

namespace {

// The built-in clouds, from CONTRACTS.md §1.1. `armName` is the metadata document's `name` of the same
// cloud, so a custom cloud that turns out to be one of these gets its federated-credential audience.
struct BuiltIn
{
    const char *name;
    const char *armName;
    const char *authority;
    const char *graph; // US Gov: the L4 host; DoD L5 (dod-graph.microsoft.us) is not offered
    const char *resourceManager;
    const char *armResource; // classic management resource id; its scope is the double-slash form
    const char *keyVaultSuffix;
    const char *managedHsmSuffix;
    const char *storageSuffix;
    const char *ficAudience; // [doc] entra-docs workload-identity-federation-config-app-trust-managed-identity
};

constexpr BuiltIn kBuiltIns[] = {
    {"public", "AzureCloud", "https://login.microsoftonline.com", "https://graph.microsoft.com",
     "https://management.azure.com", "https://management.core.windows.net/", ".vault.azure.net",
     ".managedhsm.azure.net", "core.windows.net", "api://AzureADTokenExchange"},
    {"usgov", "AzureUSGovernment", "https://login.microsoftonline.us", "https://graph.microsoft.us",
     "https://management.usgovcloudapi.net", "https://management.core.usgovcloudapi.net/", ".vault.usgovcloudapi.net",
     ".managedhsm.usgovcloudapi.net", "core.usgovcloudapi.net", "api://AzureADTokenExchangeUSGov"},
    {"china", "AzureChinaCloud", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn",
     "https://management.chinacloudapi.cn", "https://management.core.chinacloudapi.cn/", ".vault.azure.cn",
     ".managedhsm.azure.cn", "core.chinacloudapi.cn", "api://AzureADTokenExchangeChina"},
};

// [unverified] A cloud that is none of the built-ins (the sandbox, Azure Stack-like clouds) does not
// publish its federated-credential audience in metadata/endpoints; we assume the public cloud's. This is
// the only place that assumption lives.
constexpr const char *kCustomCloudFicAudience = "api://AzureADTokenExchange";

const BuiltIn *builtInByArmName(const QString &armName)
{
    for (const auto &entry : kBuiltIns) {
        if (armName.compare(QLatin1String(entry.armName), Qt::CaseInsensitive) == 0) {
            return &entry;
        }
    }
    return nullptr;
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path);
    return url;
}

// Reads the fields of one JSON object and remembers the first problem, named by its path in the document.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(Cloud)

public:
    FieldReader(QJsonObject object, QString prefix, QString *problem)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
        , m_problem(problem)
    {}

    QString path(const QString &key) const { return m_prefix + key; }

    QString string(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(tr("the field %1 is missing").arg(path(key)));
            }
            return {};
        }
        if (!value.isString()) {
            fail(tr("the field %1 is not a string").arg(path(key)));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && required) {
            fail(tr("the field %1 is empty").arg(path(key)));
        }
        return text;
    }

    QUrl url(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return {};
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
            url.hasFragment()) {
            fail(tr("the field %1 is not an absolute URL").arg(path(key)));
            return {};
        }
        if (!Cloud::isAcceptableEndpoint(url)) {
            fail(tr("the field %1 must be an https URL (http only on this computer)").arg(path(key)));
            return {};
        }
        return withoutTrailingSlash(url);
    }

    // A DNS suffix such as "vault.azure.net"; returned with the leading dot.
    QString suffix(const QString &key, bool required, bool withDot)
    {
        QString text = string(key, required).toLower();
        if (text.isEmpty()) {
            return {};
        }
        static const QRegularExpression hostLike(
            QStringLiteral("^\\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
        if (!hostLike.match(text).hasMatch()) {
            fail(tr("the field %1 is not a DNS suffix").arg(path(key)));
            return {};
        }
        if (text.startsWith(QLatin1Char('.'))) {
            text.remove(0, 1);
        }
        return withDot ? QLatin1Char('.') + text : text;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            fail(tr("the field %1 is missing").arg(path(key)));
            return {};
        }
        if (!value.isObject()) {
            fail(tr("the field %1 is not an object").arg(path(key)));
            return {};
        }
        return value.toObject();
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            fail(tr("the field %1 is missing").arg(path(key)));
            return {};
        }
        if (!value.isArray()) {
            fail(tr("the field %1 is not a list").arg(path(key)));
            return {};
        }
        QStringList strings;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(tr("the field %1 holds something other than text").arg(path(key)));
                return {};
            }
            strings.append(item.toString().trimmed());
        }
        if (strings.isEmpty()) {
            fail(tr("the field %1 is empty").arg(path(key)));
        }
        return strings;
    }

private:
    void fail(const QString &problem)
    {
        if (m_problem->isEmpty()) {
            *m_problem = problem;
        }
    }

    QJsonObject m_object;
    QString m_prefix;
    QString *m_problem;
};

AzureError invalidMetadata(const QString &problem)
{
    return AzureError(AzureError::Kind::InvalidResponse,
                      Cloud::tr("The cloud's endpoint document (metadata/endpoints) cannot be used: %1.").arg(problem),
                      Cloud::tr("Check the Resource Manager URL given with --cloud; it must be the address of an Azure "
                                "Resource Manager that publishes metadata/endpoints?api-version=%1.")
                          .arg(Cloud::kMetadataApiVersion));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("http") ? 80 : 443) ==
               b.port(b.scheme() == QLatin1String("http") ? 80 : 443);
}

} // namespace

Cloud Cloud::azurePublic()
{
    return fromName(QStringLiteral("public")).value();
}

Cloud Cloud::usGovernment()
{
    return fromName(QStringLiteral("usgov")).value();
}

Cloud Cloud::china()
{
    return fromName(QStringLiteral("china")).value();
}

Result<Cloud> Cloud::fromName(const QString &name)
{
    for (const auto &entry : kBuiltIns) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) != 0) {
            continue;
        }
        Cloud cloud;
        cloud.m_name = QLatin1String(entry.name);
        cloud.m_builtIn = true;
        cloud.m_authorityHost = QUrl(QLatin1String(entry.authority));
        cloud.m_graphUrl = QUrl(QLatin1String(entry.graph));
        cloud.m_resourceManagerUrl = QUrl(QLatin1String(entry.resourceManager));
        cloud.m_armResource = QLatin1String(entry.armResource);
        cloud.m_keyVaultDnsSuffix = QLatin1String(entry.keyVaultSuffix);
        cloud.m_managedHsmDnsSuffix = QLatin1String(entry.managedHsmSuffix);
        cloud.m_storageSuffix = QLatin1String(entry.storageSuffix);
        cloud.m_ficAudience = QLatin1String(entry.ficAudience);
        return cloud;
    }
    return AzureError(AzureError::Kind::InvalidInput, tr("There is no built-in cloud named “%1”.").arg(name),
                      tr("Use public, usgov or china, or the https URL of a Resource Manager endpoint."));
}

QStringList Cloud::builtInNames()
{
    QStringList names;
    for (const auto &entry : kBuiltIns) {
        names.append(QLatin1String(entry.name));
    }
    return names;
}

QUrl Cloud::metadataUrl(const QUrl &resourceManager)
{
    QUrl url = withoutTrailingSlash(resourceManager.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment));
    url.setPath(url.path() + QStringLiteral("/metadata/endpoints"));
    url.setQuery(QUrlQuery{{QStringLiteral("api-version"), kMetadataApiVersion}});
    return url;
}

bool Cloud::isAcceptableEndpoint(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return !url.host().isEmpty();
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    // Plain http only to this machine: that is the sandbox, and nothing on the wire can read the tokens.
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<Cloud> Cloud::fromMetadata(const QByteArray &document, const QUrl &fetchedFrom)
{
    QByteArray bytes = document;
    if (bytes.startsWith("\xEF\xBB\xBF")) { // some endpoints send a UTF-8 byte order mark
        bytes.remove(0, 3);
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidMetadata(
            tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!json.isObject()) {
        // api-version 2019-05-01 answers a list of clouds; we ask for one object.
        return invalidMetadata(tr("it is not a JSON object"));
    }

    QString problem;
    FieldReader root(json.object(), QString(), &problem);
    Cloud cloud;
    cloud.m_name = root.string(QStringLiteral("name"));
    cloud.m_resourceManagerUrl = root.url(QStringLiteral("resourceManager"));
    cloud.m_graphUrl = root.url(QStringLiteral("microsoftGraphResourceId"));

    FieldReader authentication(root.object(QStringLiteral("authentication")), QStringLiteral("authentication."),
                               &problem);
    cloud.m_authorityHost = authentication.url(QStringLiteral("loginEndpoint"));
    const QStringList audiences = authentication.stringList(QStringLiteral("audiences"));
    // Resource Manager tokens are for the first audience (the classic management id on Azure, an ADFS
    // id on Azure Stack), as the Azure CLI does.
    cloud.m_armResource = audiences.value(0);

    FieldReader suffixes(root.object(QStringLiteral("suffixes")), QStringLiteral("suffixes."), &problem);
    cloud.m_keyVaultDnsSuffix = suffixes.suffix(QStringLiteral("keyVaultDns"), true, true);
    cloud.m_managedHsmDnsSuffix = suffixes.suffix(QStringLiteral("mhsmDns"), false, true);
    cloud.m_storageSuffix = suffixes.suffix(QStringLiteral("storage"), true, false);

    if (!problem.isEmpty()) {
        return invalidMetadata(problem);
    }
    if (fetchedFrom.isValid() && !sameOrigin(fetchedFrom, cloud.m_resourceManagerUrl)) {
        // The document would send our Resource Manager calls, with their tokens, to another host.
        return invalidMetadata(tr("it names %1 as Resource Manager, but it came from %2")
                                   .arg(cloud.m_resourceManagerUrl.host(), fetchedFrom.host()));
    }

    const BuiltIn *known = builtInByArmName(cloud.m_name);
    cloud.m_ficAudience = QLatin1String(known ? known->ficAudience : kCustomCloudFicAudience);
    return cloud;
}

QString Cloud::graphScope() const
{
    return Scopes::forHost(m_graphUrl);
}

QString Cloud::armScope() const
{
    // Built-ins use the documented host form (§1.1); a custom cloud only tells us its audience.
    return m_builtIn ? Scopes::forHost(m_resourceManagerUrl) : Scopes::forResource(m_armResource);
}

QString Cloud::armLegacyScope() const
{
    return Scopes::forResource(m_armResource);
}

QString Cloud::keyVaultScope() const
{
    return Scopes::forResource(QStringLiteral("https://") + m_keyVaultDnsSuffix.mid(1));
}

QString Cloud::managedHsmScope() const
{
    // [unverified] §1.1 gives the Managed HSM scope for the public cloud only; for the others it is
    // derived from the suffix the same way.
    if (m_managedHsmDnsSuffix.isEmpty()) {
        return {};
    }
    return Scopes::forResource(QStringLiteral("https://") + m_managedHsmDnsSuffix.mid(1));
}

bool Cloud::isKeyVaultHost(const QString &host) const
{
    const QString lower = host.toLower();
    const auto under = [&lower](const QString &suffix) {
        return !suffix.isEmpty() && lower.endsWith(suffix) && lower.size() > suffix.size();
    };
    return under(m_keyVaultDnsSuffix) || under(m_managedHsmDnsSuffix);
}

QString Cloud::accountKey() const
{
    if (m_builtIn) {
        return m_name;
    }
    return m_name + QLatin1Char('@') + m_resourceManagerUrl.authority();
}

} // namespace CrossKey::Azure
