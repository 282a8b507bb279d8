// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultkeys.h"

#include "sandbox/keyvaultcrypto.h"
#include "sandbox/keyvaulterrors.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace CrossKey::Sandbox {

namespace {

const QStringList kKeyOps = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                             QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey"),
                             QStringLiteral("import"),  QStringLiteral("export")};
const QStringList kDefaultOps = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                                 QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
constexpr int kMaxResults = 25;

QString b64url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString recoveryLevel(const KeyVaultCall &call)
{
    if (!call.softDelete()) {
        return QStringLiteral("Purgeable");
    }
    const QString prefix =
        call.retentionDays() < 90 ? QStringLiteral("CustomizedRecoverable") : QStringLiteral("Recoverable");
    return call.purgeProtection() ? prefix : prefix + QStringLiteral("+Purgeable");
}

std::optional<Response> parseBody(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty()) {
        *out = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // [unverified] text
        return KeyVaultErrors::badParameter(QStringLiteral("The request body is not valid JSON."));
    }
    *out = document.object();
    return std::nullopt;
}

std::optional<Response> readKeyOps(const QJsonObject &body, QStringList *out)
{
    const QJsonValue value = body.value(QStringLiteral("key_ops"));
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isArray()) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property key_ops must be an array."));
    }
    QStringList ops;
    for (const QJsonValue &item : value.toArray()) {
        const auto known = std::find_if(kKeyOps.cbegin(), kKeyOps.cend(), [&](const QString &op) {
            return op.compare(item.toString(), Qt::CaseInsensitive) == 0;
        });
        if (!item.isString() || known == kKeyOps.cend()) {
            return KeyVaultErrors::badParameter(
                QStringLiteral("Invalid key operation '%1'.").arg(item.toVariant().toString()));
        }
        ops.append(*known);
    }
    *out = ops;
    return std::nullopt;
}

std::optional<Response> readTags(const QJsonObject &body, QJsonObject *out)
{
    const QJsonValue value = body.value(QStringLiteral("tags"));
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    const QJsonObject tags = value.toObject();
    if (!value.isObject() || std::any_of(tags.begin(), tags.end(), [](const QJsonValue &v) { return !v.isString(); })) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property tags must be an object of strings."));
    }
    *out = tags;
    return std::nullopt;
}

} // namespace

KeyVaultKeys::KeyVaultKeys(ServiceContext &context)
    : m_context(context)
{}

QString KeyVaultKeys::kid(const KeyVaultCall &call, const KeyVersion &key, bool withVersion)
{
    QString id = call.baseUri + QStringLiteral("keys/") + key.keyName;
    return withVersion ? id + QLatin1Char('/') + key.version : id;
}

QJsonObject KeyVaultKeys::attributes(const KeyVaultCall &call, const KeyVersion &key)
{
    QJsonObject attributes{{QStringLiteral("enabled"), key.enabled},
                           {QStringLiteral("created"), key.created.toSecsSinceEpoch()},
                           {QStringLiteral("updated"), key.updated.toSecsSinceEpoch()},
                           {QStringLiteral("recoveryLevel"), recoveryLevel(call)}};
    if (call.softDelete()) {
        attributes.insert(QStringLiteral("recoverableDays"), call.retentionDays());
    }
    if (key.notBefore.isValid()) {
        attributes.insert(QStringLiteral("nbf"), key.notBefore.toSecsSinceEpoch());
    }
    if (key.expires.isValid()) {
        attributes.insert(QStringLiteral("exp"), key.expires.toSecsSinceEpoch());
    }
    return attributes;
}

QJsonObject KeyVaultKeys::bundle(const KeyVaultCall &call, const KeyVersion &key)
{
    QJsonObject bundle{
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("kid"), kid(call, key)},
                                            {QStringLiteral("kty"), key.kty},
                                            {QStringLiteral("key_ops"), QJsonArray::fromStringList(key.keyOps)},
                                            {QStringLiteral("n"), b64url(KeyVaultCrypto::modulus(key))},
                                            {QStringLiteral("e"), QStringLiteral("AQAB")}}},
        {QStringLiteral("attributes"), attributes(call, key)}};
    if (!key.tags.isEmpty()) {
        bundle.insert(QStringLiteral("tags"), key.tags);
    }
    return bundle;
}

Response KeyVaultKeys::page(const KeyVaultCall &call, const QList<QJsonObject> &items, const QString &path) const
{
    bool ok = true;
    const QString maxText = call.request.queryValue(QStringLiteral("maxresults"));
    const int max = maxText.isEmpty() ? kMaxResults : maxText.toInt(&ok);
    if (!ok || max < 1 || max > kMaxResults) {
        // [unverified] text
        return KeyVaultErrors::badParameter(
            QStringLiteral("The value %1 for maxresults is not valid. It must be between 1 and 25.").arg(maxText));
    }
    const QString token = call.request.queryValue(QStringLiteral("$skiptoken"));
    const int skip = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || skip < 0) {
        return KeyVaultErrors::badParameter(QStringLiteral("The $skiptoken '%1' is not valid.").arg(token));
    }
    QJsonArray value;
    for (int i = skip; i < items.size() && i < skip + max; ++i) {
        value.append(items.at(i));
    }
    QJsonValue next;
    if (skip + max < items.size()) {
        const QString query = QStringLiteral("?api-version=%1&$skiptoken=%2&maxresults=%3")
                                  .arg(call.request.queryValue(QStringLiteral("api-version")))
                                  .arg(skip + max)
                                  .arg(max);
        next = QString(call.baseUri + path + query);
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("nextLink"), next}});
}

Response KeyVaultKeys::list(const KeyVaultCall &call) const
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, {}, KeyOperation::List)) {
        return *denied;
    }
    QList<KeyVersion> keys = KeyVaultLookup::latestKeys(m_context.world, call.containerName(), call.managedHsm());
    std::sort(keys.begin(), keys.end(), [](const KeyVersion &a, const KeyVersion &b) {
        return a.keyName.compare(b.keyName, Qt::CaseInsensitive) < 0;
    });
    QList<QJsonObject> items;
    for (const KeyVersion &key : keys) {
        QJsonObject item{{QStringLiteral("kid"), kid(call, key, false)},
                         {QStringLiteral("attributes"), attributes(call, key)}};
        if (!key.tags.isEmpty()) {
            item.insert(QStringLiteral("tags"), key.tags);
        }
        items.append(item);
    }
    return page(call, items, QStringLiteral("keys"));
}

Response KeyVaultKeys::versions(const KeyVaultCall &call, const QString &keyName) const
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::List)) {
        return *denied;
    }
    const QList<KeyVersion> versions =
        KeyVaultLookup::versions(m_context.world, call.containerName(), call.managedHsm(), keyName);
    if (versions.isEmpty()) {
        return KeyVaultErrors::keyNotFound(keyName);
    }
    QList<QJsonObject> items;
    for (const KeyVersion &key : versions) {
        QJsonObject item{{QStringLiteral("kid"), kid(call, key)},
                         {QStringLiteral("attributes"), attributes(call, key)}};
        if (!key.tags.isEmpty()) {
            item.insert(QStringLiteral("tags"), key.tags);
        }
        items.append(item);
    }
    return page(call, items, QStringLiteral("keys/") + keyName + QStringLiteral("/versions"));
}

std::optional<Response> KeyVaultKeys::readAttributes(const QJsonObject &body, KeyVersion *key) const
{
    const QJsonValue value = body.value(QStringLiteral("attributes"));
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property attributes must be an object."));
    }
    const QJsonObject attributes = value.toObject();
    const QJsonValue enabled = attributes.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isNull() && !enabled.isBool()) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property attributes.enabled must be a boolean."));
    }
    for (const char *name : {"exp", "nbf"}) {
        const QJsonValue time = attributes.value(QLatin1String(name));
        if (!time.isUndefined() && !time.isNull() && !time.isDouble()) {
            return KeyVaultErrors::badParameter(
                QStringLiteral("Property attributes.%1 must be a number of seconds since 1970.")
                    .arg(QLatin1String(name)));
        }
    }
    if (enabled.isBool()) {
        key->enabled = enabled.toBool();
    }
    const auto applyTime = [&](const char *name, QDateTime *target) {
        const QJsonValue time = attributes.value(QLatin1String(name));
        if (time.isNull()) {
            *target = QDateTime();
        } else if (time.isDouble()) {
            *target = QDateTime::fromSecsSinceEpoch(time.toInteger(), Qt::UTC);
        }
    };
    applyTime("exp", &key->expires);
    applyTime("nbf", &key->notBefore);
    if (key->expires.isValid() && key->notBefore.isValid() && key->expires <= key->notBefore) {
        return KeyVaultErrors::badParameter(QStringLiteral("The expiry time must be later than the not-before time."));
    }
    return std::nullopt;
}

Response KeyVaultKeys::create(const KeyVaultCall &call, const QString &keyName)
{
    static const QRegularExpression namePattern(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::Create)) {
        return *denied;
    }
    if (!namePattern.match(keyName).hasMatch()) {
        return KeyVaultErrors::badParameter(
            QStringLiteral("The request URI contains an invalid name: %1").arg(keyName));
    }
    if (KeyVaultLookup::isKeyDeleted(m_context.world, call.containerName(), call.managedHsm(), keyName)) {
        return KeyVaultErrors::error(409, QStringLiteral("Conflict"),
                                     QStringLiteral("Key %1 is currently in a deleted but recoverable state, and its "
                                                    "name cannot be reused; in this state, the key can only be "
                                                    "recovered or purged.")
                                         .arg(keyName),
                                     QStringLiteral("ObjectIsDeletedButRecoverable"));
    }
    QJsonObject body;
    if (auto failure = parseBody(call.request.body, &body)) {
        return *failure;
    }
    KeyVersion key;
    key.vaultName = call.containerName();
    key.managedHsm = call.managedHsm();
    key.keyName = keyName;
    key.kty = body.value(QStringLiteral("kty")).toString();
    if (key.kty.isEmpty()) {
        return KeyVaultErrors::badParameter(QStringLiteral("Property kty is required."));
    }
    if (key.kty != QLatin1String("RSA") && key.kty != QLatin1String("RSA-HSM")) {
        // EC and oct keys exist in Azure; the sandbox serves RSA only (docs/sandbox.md).
        return KeyVaultErrors::badParameter(
            QStringLiteral("The key type '%1' is not supported by this sandbox; use RSA or RSA-HSM.").arg(key.kty));
    }
    if (key.kty == QLatin1String("RSA-HSM") && !call.managedHsm() &&
        call.vault->skuName.compare(QLatin1String("premium"), Qt::CaseInsensitive) != 0) {
        // [unverified] text
        return KeyVaultErrors::badParameter(
            QStringLiteral("Key type RSA-HSM is only supported in premium SKU vaults. The vault '%1' is standard.")
                .arg(call.containerName()));
    }
    if (call.managedHsm()) {
        key.kty = QStringLiteral("RSA-HSM");
    }
    const QJsonValue size = body.value(QStringLiteral("key_size"));
    key.keySize = size.isUndefined() || size.isNull() ? 2048 : size.toInt(-1);
    if (key.keySize != 2048 && key.keySize != 3072 && key.keySize != 4096) {
        return KeyVaultErrors::badParameter(
            QStringLiteral("The key size %1 is not valid for an RSA key. Valid sizes are 2048, 3072 and 4096.")
                .arg(size.toVariant().toString()));
    }
    key.keyOps = kDefaultOps;
    if (auto failure = readKeyOps(body, &key.keyOps)) {
        return *failure;
    }
    if (auto failure = readAttributes(body, &key)) {
        return *failure;
    }
    if (auto failure = readTags(body, &key.tags)) {
        return *failure;
    }
    key.version = KeyVaultCrypto::newVersion();
    key.material = KeyVaultCrypto::newMaterial();
    key.created = key.updated = m_context.now();
    m_context.world.editKeyVault().keys.append(key);
    return Response::json(bundle(call, key));
}

Response KeyVaultKeys::rotate(const KeyVaultCall &call, const QString &keyName)
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::Rotate)) {
        return *denied;
    }
    const KeyVersion *latest = KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName);
    if (!latest) {
        return KeyVaultErrors::keyNotFound(keyName);
    }
    KeyVersion key = *latest;
    key.version = KeyVaultCrypto::newVersion();
    key.material = KeyVaultCrypto::newMaterial();
    key.enabled = true;
    key.notBefore = key.expires = QDateTime();
    // Versions created within one clock tick still sort after the previous one.
    key.created = key.updated = std::max(m_context.now(), latest->created.addMSecs(1));
    m_context.world.editKeyVault().keys.append(key);
    return Response::json(bundle(call, key));
}

Response KeyVaultKeys::get(const KeyVaultCall &call, const QString &keyName, const QString &version) const
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::Get)) {
        return *denied;
    }
    const KeyVersion *key =
        KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName, version);
    if (!key) {
        return KeyVaultErrors::keyNotFound(version.isEmpty() ? keyName : keyName + QLatin1Char('/') + version);
    }
    return Response::json(bundle(call, *key));
}

KeyVersion *KeyVaultKeys::editable(const KeyVaultCall &call, const QString &keyName, const QString &version)
{
    const KeyVersion *found =
        KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName, version);
    if (!found) {
        return nullptr;
    }
    const QString wanted = found->version;
    for (KeyVersion &key : m_context.world.editKeyVault().keys) {
        if (key.version == wanted && key.keyName.compare(keyName, Qt::CaseInsensitive) == 0 &&
            key.vaultName.compare(call.containerName(), Qt::CaseInsensitive) == 0) {
            return &key;
        }
    }
    return nullptr;
}

Response KeyVaultKeys::update(const KeyVaultCall &call, const QString &keyName, const QString &version)
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::Update)) {
        return *denied;
    }
    const KeyVersion *found =
        KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName, version);
    if (!found) {
        return KeyVaultErrors::keyNotFound(version.isEmpty() ? keyName : keyName + QLatin1Char('/') + version);
    }
    QJsonObject body;
    if (auto failure = parseBody(call.request.body, &body)) {
        return *failure;
    }
    KeyVersion changed = *found;
    if (auto failure = readAttributes(body, &changed)) {
        return *failure;
    }
    if (auto failure = readKeyOps(body, &changed.keyOps)) {
        return *failure;
    }
    if (auto failure = readTags(body, &changed.tags)) {
        return *failure;
    }
    changed.updated = m_context.now();
    KeyVersion *target = editable(call, keyName, found->version);
    *target = changed;
    return Response::json(bundle(call, changed));
}

Response KeyVaultKeys::remove(const KeyVaultCall &call, const QString &keyName)
{
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    if (auto denied = call.authorize(authorizer, keyName, KeyOperation::Delete)) {
        return *denied;
    }
    const KeyVersion *latest = KeyVaultLookup::key(m_context.world, call.containerName(), call.managedHsm(), keyName);
    if (!latest) {
        return KeyVaultErrors::keyNotFound(keyName);
    }
    QJsonObject deleted = bundle(call, *latest);
    const QDateTime now = m_context.now();
    QList<KeyVersion> &keys = m_context.world.editKeyVault().keys;
    const bool soft = call.softDelete();
    keys.removeIf([&](const KeyVersion &key) {
        return !soft && key.managedHsm == call.managedHsm() &&
               key.vaultName.compare(call.containerName(), Qt::CaseInsensitive) == 0 &&
               key.keyName.compare(keyName, Qt::CaseInsensitive) == 0;
    });
    for (KeyVersion &key : keys) {
        if (key.managedHsm == call.managedHsm() &&
            key.vaultName.compare(call.containerName(), Qt::CaseInsensitive) == 0 &&
            key.keyName.compare(keyName, Qt::CaseInsensitive) == 0) {
            key.deletedAt = now;
        }
    }
    if (soft) {
        deleted.insert(QStringLiteral("recoveryId"), QString(call.baseUri + QStringLiteral("deletedkeys/") + keyName));
        deleted.insert(QStringLiteral("deletedDate"), now.toSecsSinceEpoch());
        deleted.insert(QStringLiteral("scheduledPurgeDate"), now.addDays(call.retentionDays()).toSecsSinceEpoch());
    }
    return Response::json(deleted);
}

} // namespace CrossKey::Sandbox
